package io.redress.intake.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.ReplyRequested;
import io.redress.intake.service.Replies;
import io.smallrye.common.annotation.Blocking;

/** Replies follow-up asks for; each is delivered once per reply id. */
@ApplicationScoped
public class ReplyRequestedConsumer {

    private final EventReader events;
    private final Replies replies;

    ReplyRequestedConsumer(EventReader events, Replies replies) {
        this.events = events;
        this.replies = replies;
    }

    @Incoming("replies-requested")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.consume(message, ReplyRequested.class, ReplyRequested.SCHEMA, replies::deliver);
    }
}
