package io.redress.followup.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.followup.observability.TraceParent;

/** Records an event in the caller's transaction; {@link OutboxRelay} publishes it once committed. */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository events;
    private final ObjectMapper json;
    private final Event<OutboxWritten> written;

    Outbox(OutboxRepository events, ObjectMapper json, Event<OutboxWritten> written) {
        this.events = events;
        this.json = json;
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, String type, String schema, String key, Object data) {
        var event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.eventType = type;
        event.dataSchema = schema;
        event.eventKey = key;
        event.payload = toJson(data);
        event.createdAt = Instant.now();
        event.traceParent = TraceParent.current().orElse(null);
        events.persist(event);
        written.fire(new OutboxWritten());
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + data.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}
