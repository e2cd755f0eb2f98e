package io.redress.followup.events;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.redress.followup.repository.ProcessedEvents;

/**
 * What every consumer does with a record: check it against its contract (a malformed one is parked on the
 * dead-letter topic), then apply it once, in one transaction with its event id.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);

    private final EventReader events;
    private final ProcessedEvents processed;

    EventConsumption(EventReader events, ProcessedEvents processed) {
        this.events = events;
        this.processed = processed;
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
        processed.once(eventId, () -> effect.accept(event));
        return message.ack();
    }
}
