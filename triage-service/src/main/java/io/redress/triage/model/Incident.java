package io.redress.triage.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Many complaints about one problem: same category and product, close in time, in any language. */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    public UUID id;

    public String status;

    public String title;

    public String category;

    public String product;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolution_note")
    public String resolutionNote;
}
