package io.redress.intake.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.redress.events.v1.CaseStateChanged;
import io.redress.intake.service.ComplaintStates;
import io.smallrye.common.annotation.Blocking;

/** Case closures and reopenings, for the reopen window; duplicates are dropped by event id. */
@ApplicationScoped
public class CaseStateChangedConsumer {

    private static final Logger LOG = Logger.getLogger(CaseStateChangedConsumer.class);

    private final EventReader events;
    private final ComplaintStates states;

    CaseStateChangedConsumer(EventReader events, ComplaintStates states) {
        this.events = events;
        this.states = states;
    }

    @Incoming("cases-state-changed")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            String eventId = events.id(message);
            states.changed(eventId, events.read(message.getPayload(), CaseStateChanged.class, CaseStateChanged.SCHEMA));
        } catch (MalformedEvent e) {
            LOG.warnf("Parking a malformed event on the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
        return message.ack();
    }
}
