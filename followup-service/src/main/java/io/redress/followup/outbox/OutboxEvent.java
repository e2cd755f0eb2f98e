package io.redress.followup.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event waiting to leave the service; it exists only if the change it announces was committed. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id")
    public UUID eventId;

    public String topic;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "event_key")
    public String eventKey;

    @Column(name = "data_schema")
    public String dataSchema;

    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    /** W3C traceparent of the transaction that wrote the event; null when it ran outside any trace. */
    @Column(name = "trace_parent")
    public String traceParent;
}
