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
}
