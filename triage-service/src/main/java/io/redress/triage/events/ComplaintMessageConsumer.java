package io.redress.triage.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.triage.service.Triager;
import io.smallrye.common.annotation.Blocking;

/** A further customer message: triage decides again on the whole conversation and publishes a new revision. */
@ApplicationScoped
public class ComplaintMessageConsumer {

    private final EventHandling handling;
    private final Triager triager;

    ComplaintMessageConsumer(EventHandling handling, Triager triager) {
        this.handling = handling;
        this.triager = triager;
    }

    @Incoming("complaint-messages")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return handling.handle(message, ComplaintMessageAdded.class, ComplaintMessageAdded.SCHEMA, triager::redecide);
    }
}
