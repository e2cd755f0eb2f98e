package io.redress.followup.events;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.redress.followup.repository.ProcessedEvents;

/**
 * What every consumer does with a record: check it against its contract (a malformed one is parked on the
 * dead-letter topic), then apply it once, in one transaction with its event id. A record whose effect fails is
 * parked too, unless the service is stopping ({@link DeadLetters}).
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);

    private final EventReader events;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;

    EventConsumption(EventReader events, ProcessedEvents processed, DeadLetters deadLetters) {
        this.events = events;
        this.processed = processed;
        this.deadLetters = deadLetters;
    }

    public <T> CompletionStage<Void> handle(Message<String> message, Class<T> type, String schema,
            Consumer<T> effect) {
        String eventId;
        T event;
        try {
            eventId = events.id(message);
            event = events.read(message.getPayload(), type, schema);
        } catch (MalformedEvent e) {
            LOG.warnf("Parking a malformed event on the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
        try {
            processed.once(eventId, () -> effect.accept(event));
        } catch (RuntimeException e) {
            return deadLetters.park(message, e);
        }
        return message.ack();
    }
}
