package io.redress.followup.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.CustomerErased;
import io.redress.followup.service.Erasures;
import io.smallrye.common.annotation.Blocking;

/** Erasure requests from intake, at least once. */
@ApplicationScoped
public class ErasureConsumer {

    private final EventConsumption consumption;
    private final Erasures erasures;

    ErasureConsumer(EventConsumption consumption, Erasures erasures) {
        this.consumption = consumption;
        this.erasures = erasures;
    }

    @Incoming("privacy-erasures")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumption.handle(message, CustomerErased.class, CustomerErased.SCHEMA, erasures::erase);
    }
}
