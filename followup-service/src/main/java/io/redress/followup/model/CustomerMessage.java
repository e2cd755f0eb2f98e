package io.redress.followup.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A further message from the customer; kept unapplied until the complaint's case exists. */
@Entity
@Table(name = "customer_message")
public class CustomerMessage {

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "complaint_id")
    public UUID complaintId;

    public String channel;

    public String text;

    public String visibility;

    @Column(name = "received_at")
    public Instant receivedAt;

    public boolean applied;
}
