package io.redress.intake.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inbound item deliberately not taken in (an auto-reply, a bounce), kept so a redelivery is recognised. */
@Entity
@Table(name = "ignored_inbound")
public class IgnoredInbound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "external_id")
    public String externalId;

    public String reason;

    @Column(name = "received_at")
    public Instant receivedAt;
}
