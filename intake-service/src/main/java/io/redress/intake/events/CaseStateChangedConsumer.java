package io.redress.intake.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.CaseStateChanged;
import io.redress.intake.service.ComplaintStates;
import io.smallrye.common.annotation.Blocking;

/** Case closures and reopenings, for the reopen window; duplicates are dropped by event id. */
@ApplicationScoped
public class CaseStateChangedConsumer {

    private final EventReader events;
    private final ComplaintStates states;

    CaseStateChangedConsumer(EventReader events, ComplaintStates states) {
        this.events = events;
        this.states = states;
    }

    @Incoming("cases-state-changed")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.consume(message, CaseStateChanged.class, CaseStateChanged.SCHEMA, states::changed);
    }
}
