package io.redress.followup.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.ComplaintTriaged;
import io.redress.followup.service.CaseOpening;
import io.smallrye.common.annotation.Blocking;

/** Every triaged complaint, at least once: the first revision opens the case, higher ones revise it. */
@ApplicationScoped
public class ComplaintTriagedConsumer {

    private final EventConsumption consumption;
    private final CaseOpening cases;

    ComplaintTriagedConsumer(EventConsumption consumption, CaseOpening cases) {
        this.consumption = consumption;
        this.cases = cases;
    }

    @Incoming("complaints-triaged")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumption.handle(message, ComplaintTriaged.class, ComplaintTriaged.SCHEMA, cases::apply);
    }
}
