package io.redress.followup.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.redress.events.v1.SlaAlert;
import io.redress.followup.model.SlaClock;
import io.redress.followup.model.SupportCase;
import io.redress.followup.outbox.Outbox;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.repository.SlaClockRepository;

/**
 * Finds clocks nearing and past their due instant, publishes one {@link SlaAlert} per clock and state, and
 * escalates breached cases. Safe with several replicas: each batch locks its cases with SKIP LOCKED, so a
 * case is handled by one replica, and the clocks are re-read under that lock, so an alert another replica has
 * just committed is not repeated.
 */
@ApplicationScoped
public class SlaSweep {

    public static final String ACTOR = "sla";
    private static final int BATCH = 100;

    private final SlaClockRepository clocks;
    private final CaseRepository cases;
    private final Outbox outbox;
    private final Timeline timeline;
    private final Assignment assignment;
    private final MeterRegistry metrics;

    SlaSweep(SlaClockRepository clocks, CaseRepository cases, Outbox outbox, Timeline timeline,
            Assignment assignment, MeterRegistry metrics) {
        this.clocks = clocks;
        this.cases = cases;
        this.outbox = outbox;
        this.timeline = timeline;
        this.assignment = assignment;
        this.metrics = metrics;
    }

    @Scheduled(every = "${redress.sla.sweep-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep(Instant.now());
    }

    /** Handles every case needing an alert at {@code now}; returns how many cases this call handled. */
    public int sweep(Instant now) {
        int handled = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> locked = clocks.lockCasesNeedingAlerts(now, BATCH);
                locked.forEach(id -> alert(cases.findById(id), now));
                return locked.size();
            });
            handled += batch;
        } while (batch == BATCH);
        return handled;
    }

    private void alert(SupportCase supportCase, Instant now) {
        for (SlaClock clock : clocks.ofCase(supportCase.id)) {
            if (!clock.isRunning()) {
                continue;
            }
            if (clock.dueAt.isBefore(now) && !SlaClock.BREACHED.equals(clock.alerted)) {
                announce(supportCase, clock, SlaClock.BREACHED, now);
                supportCase.slaBreached = true;
                metrics.counter("redress.sla.breaches", "clock", clock.clock, "priority", supportCase.priority)
                        .increment();
                assignment.escalate(supportCase, null, clock.clock + " target breached", ACTOR, now);
            } else if (clock.alerted == null && !clock.atRiskAt.isAfter(now) && !clock.dueAt.isBefore(now)) {
                announce(supportCase, clock, SlaClock.AT_RISK, now);
            }
        }
    }

    private void announce(SupportCase supportCase, SlaClock clock, String state, Instant now) {
        clock.alerted = state;
        timeline.record(supportCase, "sla", ACTOR, clock.clock + " " + state + " (due " + clock.dueAt + ")", now);
        outbox.add(SlaAlert.TOPIC, SlaAlert.TYPE, SlaAlert.SCHEMA, supportCase.complaintId.toString(),
                new SlaAlert(supportCase.id, supportCase.complaintId, clock.clock, state, clock.dueAt, now));
    }
}
