package io.redress.triage.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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

    /** The same, as a statement of a round trip the caller sends in its transaction. */
    public void add(RoundTrip trip, List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        trip.add("insert into outbox_event (event_id, topic, event_type, event_key, data_schema, payload, created_at, "
                + "trace_parent) "
                + "select u.event_id, u.topic, u.event_type, u.event_key, u.data_schema, u.payload, "
                + "cast(u.created_at as timestamptz), u.trace_parent "
                + "from unnest(?, ?, ?, ?, ?, ?, ?, ?) "
                + "with ordinality as u(event_id, topic, event_type, event_key, data_schema, payload, created_at, "
                + "trace_parent, n) order by u.n",
                pending.stream().map(Pending::eventId).toArray(UUID[]::new),
                column(pending, Pending::topic), column(pending, Pending::type), column(pending, Pending::key),
                column(pending, Pending::schema), column(pending, Pending::payload),
                column(pending, event -> event.createdAt().toString()), column(pending, Pending::traceParent));
        written.fire(new OutboxWritten());
    }

    private static String[] column(List<Pending> pending, Function<Pending, String> value) {
        return pending.stream().map(value).toArray(String[]::new);
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + data.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}
