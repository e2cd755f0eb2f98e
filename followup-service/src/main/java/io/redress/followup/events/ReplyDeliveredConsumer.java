package io.redress.followup.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.ReplyDelivered;
import io.redress.followup.service.Replies;
import io.smallrye.common.annotation.Blocking;

/** Intake's delivery results, at least once, into the case timeline. */
@ApplicationScoped
public class ReplyDeliveredConsumer {

    private final EventConsumption consumption;
    private final Replies replies;

    ReplyDeliveredConsumer(EventConsumption consumption, Replies replies) {
        this.consumption = consumption;
        this.replies = replies;
    }

    @Incoming("replies-delivered")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumption.handle(message, ReplyDelivered.class, ReplyDelivered.SCHEMA, replies::delivered);
    }
}
