package io.redress.triage.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.redress.events.v1.ComplaintReceived;
import io.redress.triage.service.Triager;
import io.smallrye.common.annotation.Blocking;

/** Triage's intake: every received complaint, at least once; duplicates are dropped by event id. */
@ApplicationScoped
public class ComplaintReceivedConsumer {

    private static final Logger LOG = Logger.getLogger(ComplaintReceivedConsumer.class);

    private final EventReader events;
    private final Triager triager;

    ComplaintReceivedConsumer(EventReader events, Triager triager) {
        this.events = events;
        this.triager = triager;
    }

    @Incoming("complaints-received")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        String eventId;
        ComplaintReceived complaint;
        try {
            eventId = events.id(message);
            complaint = events.read(message.getPayload(), ComplaintReceived.class, ComplaintReceived.SCHEMA);
        } catch (MalformedEvent e) {
            LOG.warnf("Parking a malformed event on the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
        triager.triage(eventId, complaint);
        return message.ack();
    }
}
