package io.redress.intake.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One way to recognise a customer: an X handle or user id, a page-scoped id, an e-mail address, a phone number. */
@Entity
@Table(name = "customer_identity")
public class CustomerIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "customer_id")
    public UUID customerId;

    public String kind;

    public String value;

    @Column(name = "created_at")
    public Instant createdAt;
}
