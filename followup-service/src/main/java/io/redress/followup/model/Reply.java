package io.redress.followup.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to the customer that passed the checker and was handed to intake for delivery. */
@Entity
@Table(name = "reply")
public class Reply {

    public static final String REQUESTED = "requested";

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String text;

    public String visibility;

    /** reply, follow-up, resolution-note, explanation, survey. */
    public String purpose;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** requested, sent, failed. */
    public String status;

    public String channel;

    @Column(name = "external_id")
    public String externalId;

    public String reason;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
