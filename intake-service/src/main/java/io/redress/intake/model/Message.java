package io.redress.intake.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a complaint's conversation, in or out, public or private, on the channel it travelled. */
@Entity
@Table(name = "message")
public class Message {

    @Id
    public UUID id;

    @Column(name = "complaint_id")
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "thread_key")
    public String threadKey;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    /** The provider's id of the author (X user id, page-scoped id, e-mail address): where a reply goes. */
    @Column(name = "author_key")
    public String authorKey;

    @Column(name = "author_handle")
    public String authorHandle;

    public String text;

    public String url;

    @Column(name = "reply_id")
    public UUID replyId;

    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    public String failure;

    public Integer attempts;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** What became of an outbound message. */
    public enum Delivery {
        SENT, FAILED
    }
}
