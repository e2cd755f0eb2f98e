package io.redress.intake.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one person behind every identity intake has linked. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    public UUID id;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
