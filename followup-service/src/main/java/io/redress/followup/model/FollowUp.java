package io.redress.followup.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scheduled check back with the customer or with the person handling the case. */
@Entity
@Table(name = "followup")
public class FollowUp {

    /** "Is it solved for you?" after a resolution proposal; the one reminder of the closure policy. */
    public static final String CUSTOMER_CHECK = "customer-check";
    /** The case has had no activity for a while. */
    public static final String HANDLER_INACTIVITY = "handler-inactivity";
    /** A reply could not be delivered: the agent has to act. */
    public static final String DELIVERY_FAILED = "delivery-failed";
    /** The incident behind the complaint was resolved: tell the customer. */
    public static final String INCIDENT_RESOLVED = "incident-resolved";

    public static final String SCHEDULED = "scheduled";
    public static final String SENT = "sent";
    public static final String CANCELLED = "cancelled";

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String kind;

    @Column(name = "due_at")
    public Instant dueAt;

    public String text;

    public String status;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "reply_id")
    public UUID replyId;

    /** Customer follow-ups go out through intake; the others are tasks for the handler. */
    public boolean toCustomer() {
        return CUSTOMER_CHECK.equals(kind) || INCIDENT_RESOLVED.equals(kind);
    }
}
