package io.redress.followup.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A satisfaction survey behind a single-use token sent to the customer after resolution. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    public String token;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public Integer rating;

    public String comment;

    public Boolean advocate;
}
