package io.redress.followup.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the company gives to put things right; approved at most once, announced to billing once. */
@Entity
@Table(name = "remedy")
public class Remedy {

    public static final String AWAITING_APPROVAL = "awaiting-approval";
    public static final String APPROVED = "approved";

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    /** refund, exchange, replacement, gift, credit, discount, manager. */
    public String kind;

    public BigDecimal amount;

    public String currency;

    public String status;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;
}
