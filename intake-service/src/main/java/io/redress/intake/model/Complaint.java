package io.redress.intake.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer's complaint: its first message as it reached us (exactly once per channel and external id), the
 * customer behind it, and where its conversation stands. Every message of it, this one too, is in {@link Message}.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "author_handle")
    public String authorHandle;

    @Column(name = "author_display_name")
    public String authorDisplayName;

    @Column(name = "author_email")
    public String authorEmail;

    @Column(name = "author_followers")
    public Long authorFollowers;

    public String text;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    public String url;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "customer_id")
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;

    /** Where the conversation continues; a channel switch moves it, replies go out here. */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_channel")
    public Channel currentChannel;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "linked_complaint_id")
    public UUID linkedComplaintId;

    @Column(name = "last_message_at")
    public Instant lastMessageAt;
}
