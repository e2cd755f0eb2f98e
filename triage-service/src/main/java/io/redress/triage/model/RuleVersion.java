package io.redress.triage.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.redress.triage.rules.RuleSet;

/** One version of the operators' rules, kept whole; the highest version is in force. */
@Entity
@Table(name = "rule_version")
public class RuleVersion {

    @Id
    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    public String change;

    @JdbcTypeCode(SqlTypes.JSON)
    public RuleSet rules;
}
