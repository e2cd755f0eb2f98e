package io.redress.intake.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public mention, kept whether or not it becomes a complaint. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "author_key")
    public String authorKey;

    @Column(name = "author_handle")
    public String authorHandle;

    @Column(name = "author_display_name")
    public String authorDisplayName;

    @Column(name = "author_followers")
    public Long authorFollowers;

    public String text;

    public String url;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    @Column(name = "thread_key")
    public String threadKey;

    @Enumerated(EnumType.STRING)
    public PostStatus status;

    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
