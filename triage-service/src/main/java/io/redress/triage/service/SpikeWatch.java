package io.redress.triage.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import io.redress.events.v1.SpikeDetected;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.Thresholds;

/**
 * Counts new complaints per category and minute, and raises one alert per category and window when a category's
 * complaints in the current window reach the spike factor times its baseline (the average of the windows before)
 * and the minimum count.
 */
@ApplicationScoped
public class SpikeWatch {

    private final EntityManager db;
    private final Outbox outbox;

    SpikeWatch(EntityManager db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /**
     * Its statements touch only its own tables, which no entity maps: they skip the flush (and the comparison of
     * every decision in the session) that a statement would otherwise cause.
     *
     * @param newComplaints complaints first decided in the caller's transaction, per category, in a stable order */
    @Transactional(Transactional.TxType.MANDATORY)
    public void count(Map<String, Long> newComplaints, CompiledRules rules) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        newComplaints.forEach((category, complaints) -> {
            if (category != null) {
                db.createNativeQuery("insert into category_volume (category, minute, complaints) "
                        + "values (:category, date_trunc('minute', cast(:now as timestamptz)), :complaints) "
                        + "on conflict (category, minute) do update "
                        + "set complaints = category_volume.complaints + excluded.complaints")
                        .setParameter("category", category).setParameter("now", now)
                        .setParameter("complaints", complaints).setFlushMode(FlushModeType.COMMIT).executeUpdate();
                check(category, now, rules);
            }
        });
    }

    private void check(String category, Instant now, CompiledRules rules) {
        Duration window = Duration.ofMinutes((long) rules.threshold(Thresholds.SPIKE_WINDOW_MINUTES));
        long windows = (long) rules.threshold(Thresholds.SPIKE_BASELINE_WINDOWS);
        // Whole minutes: the current window is this minute and the ones before it, up to its length.
        Instant windowStart = now.truncatedTo(ChronoUnit.MINUTES).minus(window).plus(Duration.ofMinutes(1));
        Object[] counts = (Object[]) db.createNativeQuery("select "
                + "coalesce(sum(complaints) filter (where minute >= :windowStart), 0), "
                + "coalesce(sum(complaints) filter (where minute < :windowStart), 0) "
                + "from category_volume where category = :category and minute >= :baselineStart")
                .setParameter("windowStart", windowStart)
                .setParameter("baselineStart", windowStart.minus(window.multipliedBy(windows)))
                .setParameter("category", category).setFlushMode(FlushModeType.COMMIT).getSingleResult();
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
                .setFlushMode(FlushModeType.COMMIT).executeUpdate();
        if (inserted == 1) {
            outbox.add(SpikeDetected.TOPIC, SpikeDetected.TYPE, SpikeDetected.SCHEMA, category,
                    new SpikeDetected(category, windowStart, now, current, baseline, now));
        }
    }
}
