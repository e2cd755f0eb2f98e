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

import io.redress.events.v1.ComplaintTriaged.PlaybookStep;
import io.redress.events.v1.ComplaintTriaged.SlaPolicy;

/** What triage decided about one complaint, with the reasons an agent can check, in its latest revision. */
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

    public int revision;

    @Column(name = "corrected_by")
    public String correctedBy;

    @Column(name = "complaint_score")
    public Double complaintScore;

    public Double sentiment;

    public Double anger;

    @Column(name = "complainer_type")
    public String complainerType;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> flags;

    public String category;

    public String product;

    public String team;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sla_policy")
    public SlaPolicy slaPolicy;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PlaybookStep> playbook;

    @Column(name = "incident_id")
    public UUID incidentId;

    /** The complaint's problem signature, read when it was placed; what incidents are grouped by. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> features;

    @Column(name = "rules_version")
    public Long rulesVersion;

    /** The complaint's text and later messages, kept to re-decide; null once the customer's data is erased. */
    public String text;

    public long followers;

    @Column(name = "prior_complaints")
    public int priorComplaints;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    @Column(name = "erased_at")
    public Instant erasedAt;
}
