package io.redress.followup.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.redress.events.v1.ComplaintTriaged;
import io.redress.followup.service.CaseOpening;
import io.smallrye.common.annotation.Blocking;

/** Every triaged complaint, at least once; duplicates are dropped by event id. */
@ApplicationScoped
public class ComplaintTriagedConsumer {

    private static final Logger LOG = Logger.getLogger(ComplaintTriagedConsumer.class);

    private final EventReader events;
    private final CaseOpening cases;

    ComplaintTriagedConsumer(EventReader events, CaseOpening cases) {
        this.events = events;
        this.cases = cases;
    }

    @Incoming("complaints-triaged")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        String eventId;
        ComplaintTriaged triaged;
        try {
            eventId = events.id(message);
            triaged = events.read(message.getPayload(), ComplaintTriaged.class, ComplaintTriaged.SCHEMA);
        } catch (MalformedEvent e) {
            LOG.warnf("Parking a malformed event on the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
        cases.open(eventId, triaged);
        return message.ack();
    }
}
