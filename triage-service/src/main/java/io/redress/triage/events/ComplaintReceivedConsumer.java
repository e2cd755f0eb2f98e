package io.redress.triage.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.ComplaintReceived;
import io.redress.triage.service.Triager;
import io.smallrye.common.annotation.Blocking;

/** Triage's intake: every received complaint, at least once; duplicates are dropped by event id. */
@ApplicationScoped
public class ComplaintReceivedConsumer {

    private final EventHandling handling;
    private final Triager triager;

    ComplaintReceivedConsumer(EventHandling handling, Triager triager) {
        this.handling = handling;
        this.triager = triager;
    }

    @Incoming("complaints-received")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return handling.handle(message, ComplaintReceived.class, ComplaintReceived.SCHEMA, triager::triage);
    }
}
