package io.redress.triage.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.observability.TraceParent;

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
        if (pending.isEmpty()) {
            return;
        }
        events.getEntityManager().createNativeQuery("insert into outbox_event (event_id, topic, event_type, "
                + "event_key, data_schema, payload, created_at, trace_parent) "
                + "select u.event_id, u.topic, u.event_type, u.event_key, u.data_schema, u.payload, "
                + "cast(u.created_at as timestamptz), u.trace_parent "
                + "from unnest(:ids, :topics, :types, :keys, :schemas, :payloads, :createdAt, :traceParents) "
                + "with ordinality as u(event_id, topic, event_type, event_key, data_schema, payload, created_at, "
                + "trace_parent, n) order by u.n")
                .setParameter("ids", pending.stream().map(Pending::eventId).toArray(UUID[]::new))
                .setParameter("topics", column(pending, Pending::topic))
                .setParameter("types", column(pending, Pending::type))
                .setParameter("keys", column(pending, Pending::key))
                .setParameter("schemas", column(pending, Pending::schema))
                .setParameter("payloads", column(pending, Pending::payload))
                .setParameter("createdAt", column(pending, event -> event.createdAt().toString()))
                .setParameter("traceParents", column(pending, Pending::traceParent))
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
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
