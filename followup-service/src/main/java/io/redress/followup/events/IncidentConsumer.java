package io.redress.followup.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.IncidentUpdated;
import io.redress.followup.service.Incidents;
import io.smallrye.common.annotation.Blocking;

/** Incident updates from triage, at least once. */
@ApplicationScoped
public class IncidentConsumer {

    private final EventConsumption consumption;
    private final Incidents incidents;

    IncidentConsumer(EventConsumption consumption, Incidents incidents) {
        this.consumption = consumption;
        this.incidents = incidents;
    }

    @Incoming("incidents")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumption.handle(message, IncidentUpdated.class, IncidentUpdated.SCHEMA, incidents::updated);
    }
}
