package io.redress.triage.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Many complaints about one problem: same category, similar text in any language, close in time. */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    public UUID id;

    public String status;

    public String title;

    public String category;

    public String product;

    /** How many of its complaints carry each feature of their problem signatures. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> features;

    /** Complaints linked so far. */
    public int complaints;

    @Column(name = "first_received_at")
    public Instant firstReceivedAt;

    @Column(name = "last_received_at")
    public Instant lastReceivedAt;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolution_note")
    public String resolutionNote;

    /** Raised by every change: a change made over a version another has replaced meanwhile fails, to be made again. */
    @Version
    public long version;
}
