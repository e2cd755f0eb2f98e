package io.redress.triage.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agent's correction of a decision: labelled data (text, what triage said, what the agent says). */
@Entity
@Table(name = "triage_correction")
public class TriageCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "complaint_id")
    public UUID complaintId;

    public int revision;

    @Column(name = "corrected_by")
    public String correctedBy;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    public String language;

    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> decided;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> corrected;
}
