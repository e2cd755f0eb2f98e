package io.redress.followup.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One response target of a case. Running: {@code dueAt} set. Paused (waiting on the customer): {@code dueAt}
 * null and {@code remainingSeconds} kept. Stopped: {@code stoppedAt} set. {@code alerted} remembers the last
 * alert published so each clock and state is announced once.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    public static final String FIRST_RESPONSE = "first-response";
    public static final String NEXT_RESPONSE = "next-response";
    public static final String RESOLUTION = "resolution";
    public static final String AT_RISK = "at-risk";
    public static final String BREACHED = "breached";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    public String clock;

    @Column(name = "target_seconds")
    public long targetSeconds;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "at_risk_at")
    public Instant atRiskAt;

    @Column(name = "remaining_seconds")
    public Long remainingSeconds;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    public String alerted;

    public boolean isRunning() {
        return stoppedAt == null && dueAt != null;
    }

    public boolean isPaused() {
        return stoppedAt == null && dueAt == null;
    }
}
