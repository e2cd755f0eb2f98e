package io.redress.followup.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A complaint being worked on, from opening until the customer is satisfied. */
@Entity
@Table(name = "support_case")
public class SupportCase {

    @Id
    public UUID id;

    @Column(name = "complaint_id")
    public UUID complaintId;

    public String priority;

    @Enumerated(EnumType.STRING)
    public CaseState state;

    public String channel;

    public String visibility;

    public String language;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "first_response_due_at")
    public Instant firstResponseDueAt;

    @Column(name = "triage_revision")
    public int triageRevision;

    public String team;

    public String agent;

    @Column(name = "escalated_to")
    public String escalatedTo;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    public String category;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "sla_policy")
    public String slaPolicy;

    public String calendar;

    /** Targets in business seconds of {@link #calendar}. */
    @Column(name = "first_response_target")
    public Long firstResponseTarget;

    @Column(name = "next_response_target")
    public Long nextResponseTarget;

    @Column(name = "resolution_target")
    public Long resolutionTarget;

    /** Triage's recommended steps as JSON. */
    public String playbook;

    /** The customer started angry, aggressive or urgent: a high rating later makes them a potential advocate. */
    @Column(name = "bad_start")
    public boolean badStart;

    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    @Column(name = "reopen_count")
    public int reopenCount;

    @Column(name = "sla_breached")
    public boolean slaBreached;

    @Column(name = "erased_at")
    public Instant erasedAt;
}
