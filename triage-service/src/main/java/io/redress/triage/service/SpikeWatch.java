package io.redress.triage.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.redress.events.v1.SpikeDetected;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.Thresholds;

/**
 * Raises one alert per category and window when a category's complaints in the current window reach the spike
 * factor times its baseline (the average of the windows before) and the minimum count.
 */
@ApplicationScoped
public class SpikeWatch {

    private final EntityManager db;
    private final Outbox outbox;

    SpikeWatch(EntityManager db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(String category, CompiledRules rules) {
        Duration window = Duration.ofMinutes((long) rules.threshold(Thresholds.SPIKE_WINDOW_MINUTES));
        long windows = (long) rules.threshold(Thresholds.SPIKE_BASELINE_WINDOWS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant windowStart = now.minus(window);
        Object[] counts = (Object[]) db.createNativeQuery("select "
                + "count(*) filter (where triaged_at >= :windowStart), "
                + "count(*) filter (where triaged_at < :windowStart) "
                + "from triage where category = :category and triaged_at >= :baselineStart and priority <> 'P4'")
                .setParameter("windowStart", windowStart)
                .setParameter("baselineStart", windowStart.minus(window.multipliedBy(windows)))
                .setParameter("category", category).getSingleResult();
        long current = ((Number) counts[0]).longValue();
        double baseline = ((Number) counts[1]).doubleValue() / windows;
        if (current < rules.threshold(Thresholds.SPIKE_MIN_COUNT)
                || current < rules.threshold(Thresholds.SPIKE_FACTOR) * baseline) {
            return;
        }
        Instant alignedStart = Instant.ofEpochMilli(now.toEpochMilli() / window.toMillis() * window.toMillis());
        int inserted = db.createNativeQuery("insert into spike_alert (category, window_start, count, baseline, "
                + "detected_at) values (:category, :start, :count, :baseline, :now) on conflict do nothing")
                .setParameter("category", category).setParameter("start", alignedStart)
                .setParameter("count", current).setParameter("baseline", baseline).setParameter("now", now)
                .executeUpdate();
        if (inserted == 1) {
            outbox.add(SpikeDetected.TOPIC, SpikeDetected.TYPE, SpikeDetected.SCHEMA, category,
                    new SpikeDetected(category, windowStart, now, current, baseline, now));
        }
    }
}
