package io.redress.triage.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.redress.events.v1.SpikeDetected;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.repository.RoundTrip;
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
    private final TransactionSynchronizationRegistry registry;

    SpikeWatch(EntityManager db, Outbox outbox, TransactionSynchronizationRegistry registry) {
        this.db = db;
        this.outbox = outbox;
        this.registry = registry;
    }

    /** The latest window each category was alerted in, by this instance or seen taken: no insert to try again. */
    private final Map<String, Instant> alerted = new ConcurrentHashMap<>();

    /**
     * Counts new complaints and reads their categories' window and baseline in one statement whatever the number
     * of categories, as the last of the caller's round trip (the category rows it updates stay locked until the
     * commit, so they are taken as late as can be); an alert, rare, is raised when the answer comes. The placer
     * calls it, off the decisions' path: every writer of a category's volume waits for the one before to commit.
     *
     * @param newComplaints complaints placed in the caller's transaction after their first decision, per
     *                      category, in a stable order */
    public void count(RoundTrip trip, Map<String, Long> newComplaints, CompiledRules rules) {
        List<String> categories = newComplaints.keySet().stream().filter(Objects::nonNull).sorted().toList();
        if (categories.isEmpty()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Duration window = Duration.ofMinutes((long) rules.threshold(Thresholds.SPIKE_WINDOW_MINUTES));
        long windows = (long) rules.threshold(Thresholds.SPIKE_BASELINE_WINDOWS);
        // Whole minutes: the current window is this minute and the ones before it, up to its length.
        Instant windowStart = now.truncatedTo(ChronoUnit.MINUTES).minus(window).plus(Duration.ofMinutes(1));
        Instant alignedStart = Instant.ofEpochMilli(now.toEpochMilli() / window.toMillis() * window.toMillis());
        // Rows in category order, so two batches never wait for each other's rows in a circle. The select sees the
        // table as it was before the insert, so this minute's count comes from what the insert returns.
        trip.add("with counted as ("
                + "insert into category_volume (category, minute, complaints) "
                + "select u.category, date_trunc('minute', cast(? as timestamptz)), u.complaints "
                + "from unnest(?, ?) with ordinality as u(category, complaints, n) order by u.n "
                + "on conflict (category, minute) do update "
                + "set complaints = category_volume.complaints + excluded.complaints "
                + "returning category, minute, complaints) "
                + "select c.category, "
                + "c.complaints + coalesce(sum(v.complaints) filter (where v.minute >= ?), 0), "
                + "coalesce(sum(v.complaints) filter (where v.minute < ?), 0) "
                + "from counted c left join category_volume v on v.category = c.category "
                + "and v.minute >= ? and v.minute <> c.minute "
                + "group by c.category, c.complaints order by c.category",
                rows -> alert(rows, now, windowStart, alignedStart, windows, rules),
                now, categories.toArray(String[]::new), categories.stream().map(newComplaints::get).toArray(Long[]::new),
                windowStart, windowStart, windowStart.minus(window.multipliedBy(windows)));
    }

    private void alert(List<Object[]> rows, Instant now, Instant windowStart, Instant alignedStart, long windows,
            CompiledRules rules) {
        for (Object[] row : rows) {
            String category = (String) row[0];
            long current = ((Number) row[1]).longValue();
            double baseline = ((Number) row[2]).doubleValue() / windows;
            if (current < rules.threshold(Thresholds.SPIKE_MIN_COUNT)
                    || current < rules.threshold(Thresholds.SPIKE_FACTOR) * baseline
                    || alignedStart.equals(alerted.get(category))) {
                continue;
            }
            int inserted = db.createNativeQuery("insert into spike_alert (category, window_start, count, baseline, "
                    + "detected_at) values (:category, :start, :count, :baseline, :now) on conflict do nothing")
                    .setParameter("category", category).setParameter("start", alignedStart)
                    .setParameter("count", current).setParameter("baseline", baseline).setParameter("now", now)
                    .setFlushMode(FlushModeType.COMMIT).executeUpdate();
            if (inserted == 1) {
                outbox.add(SpikeDetected.TOPIC, SpikeDetected.TYPE, SpikeDetected.SCHEMA, category,
                        new SpikeDetected(category, windowStart, now, current, baseline, now));
            }
            remember(category, alignedStart);
        }
    }

    /**
     * Only after the commit: a batch that rolls back must not keep its alert from being raised. Another instance's
     * alert, found by the conflict, counts as raised too.
     */
    private void remember(String category, Instant windowStart) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    alerted.merge(category, windowStart, (known, raised) -> raised.isAfter(known) ? raised : known);
                }
            }
        });
    }
}
