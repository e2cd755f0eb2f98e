package io.redress.triage.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What triage decided about one complaint, with the reasons an agent can check. */
@Entity
@Table(name = "triage")
public class TriageDecision {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    public String channel;

    public String visibility;

    /** ISO 639-1 code, or "und" when no language could be told. */
    public String language;

    @Column(name = "language_confidence")
    public double languageConfidence;

    public String priority;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> reasons;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "triaged_at")
    public Instant triagedAt;
}
