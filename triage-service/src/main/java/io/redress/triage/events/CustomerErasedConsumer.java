package io.redress.triage.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.CustomerErased;
import io.redress.triage.service.Erasures;
import io.smallrye.common.annotation.Blocking;

/** A customer's erasure request: triage forgets the texts and matched words it holds about their complaints. */
@ApplicationScoped
public class CustomerErasedConsumer {

    private final EventHandling handling;
    private final Erasures erasures;

    CustomerErasedConsumer(EventHandling handling, Erasures erasures) {
        this.handling = handling;
        this.erasures = erasures;
    }

    @Incoming("privacy-erasures")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return handling.handle(message, CustomerErased.class, CustomerErased.SCHEMA, erasures::erase);
    }
}
