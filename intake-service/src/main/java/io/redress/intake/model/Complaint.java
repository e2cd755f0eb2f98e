package io.redress.intake.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's complaint as it reached us, exactly once per (channel, external id). */
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
}
