package io.redress.triage.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.observability.TraceParent;
import io.redress.triage.repository.RoundTrip;

/**
 * Records events in the caller's transaction; {@link OutboxRelay} publishes them once committed. Events made
 * together are written with one statement: the table's identity key would otherwise make each a round trip of
 * its own, which JDBC batching cannot join.
 */
@ApplicationScoped
public class Outbox {

    /** Well under the 32,767 parameters PostgreSQL's protocol allows a statement, at eight a row. */
    private static final int ROWS_PER_INSERT = 1_000;

    private final OutboxRepository events;
    private final ObjectMapper json;
    private final Event<OutboxWritten> written;

    Outbox(OutboxRepository events, ObjectMapper json, Event<OutboxWritten> written) {
        this.events = events;
        this.json = json;
        this.written = written;
    }

    /** An event ready to record, in the trace that is current now. */
    public record Pending(UUID eventId, String topic, String type, String schema, String key, String payload,
            Instant createdAt, String traceParent) {
    }

    public Pending event(String topic, String type, String schema, String key, Object data) {
        return new Pending(UUID.randomUUID(), topic, type, schema, key, toJson(data), Instant.now(),
                TraceParent.current().orElse(null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, String type, String schema, String key, Object data) {
        add(List.of(event(topic, type, schema, key, data)));
    }

    /** Records the events in this order, which the relay publishes them in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<Pending> pending) {
        RoundTrip trip = new RoundTrip();
        add(trip, pending);
        trip.send(events.getEntityManager());
    }

    /**
     * The same, as statements of a round trip the caller sends in its transaction: rows of a multi-row insert, each
     * value a parameter of its own, so the driver sends the payloads as they are (as arrays it would escape each
     * into one literal first, which was the largest single source of garbage under load). The rows get their
     * sequence numbers in the order listed.
     */
    public void add(RoundTrip trip, List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        for (int from = 0; from < pending.size(); from += ROWS_PER_INSERT) {
            List<Pending> rows = pending.subList(from, Math.min(pending.size(), from + ROWS_PER_INSERT));
            List<Object> values = new ArrayList<>(rows.size() * 8);
            for (Pending event : rows) {
                values.addAll(Arrays.asList(event.eventId(), event.topic(), event.type(), event.key(), event.schema(),
                        event.payload(), event.createdAt(), event.traceParent()));
            }
            trip.add("insert into outbox_event (event_id, topic, event_type, event_key, data_schema, payload, "
                    + "created_at, trace_parent) values "
                    + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?)")),
                    values.toArray());
        }
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
