package io.redress.triage.events;

import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * What every consumer does with a record: check it is a CloudEvent matching its schema, hand it over with its
 * event id, and acknowledge. A record that can never be handled is nacked, so it goes to the dead-letter topic
 * and the partition moves on; one whose handling failed goes there too, unless the service is stopping
 * ({@link DeadLetters}).
 */
@ApplicationScoped
public class EventHandling {

    private static final Logger LOG = Logger.getLogger(EventHandling.class);

    private final EventReader events;
    private final DeadLetters deadLetters;

    EventHandling(EventReader events, DeadLetters deadLetters) {
        this.events = events;
        this.deadLetters = deadLetters;
    }

    public <T> CompletionStage<Void> handle(Message<String> message, Class<T> type, String schema,
            BiConsumer<String, T> handler) {
        String eventId;
        T event;
        try {
            eventId = events.id(message);
            event = events.read(message.getPayload(), type, schema);
        } catch (MalformedEvent e) {
            LOG.warnf("Parking a malformed %s on the dead-letter topic: %s", type.getSimpleName(), e.getMessage());
            return message.nack(e);
        }
        try {
            handler.accept(eventId, event);
        } catch (RuntimeException e) {
            return deadLetters.park(message, e);
        }
        return message.ack();
    }
}
