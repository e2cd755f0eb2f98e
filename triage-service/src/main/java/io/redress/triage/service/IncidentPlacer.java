package io.redress.triage.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.repository.ComplaintLocks;
import io.redress.triage.repository.QueueVacuum;
import io.redress.triage.repository.RoundTrip;
import io.redress.triage.repository.TriageRepository;
import io.redress.triage.rules.CompiledRules;

/**
 * Places queued complaints into incidents, oldest received first, after their decisions were committed: grouping
 * takes a lock per category, and holding it in the decisions' own transactions would make every consumer thread
 * wait for every other. A complaint that gets linked is announced again with its incident. A complaint that
 * cannot be placed even alone is left out of incidents and logged; its decision stands. New complaints are counted
 * for spikes here too, for the same reason: a category's counter row is held until the commit that updates it.
 */
@ApplicationScoped
public class IncidentPlacer {

    private static final Logger LOG = Logger.getLogger(IncidentPlacer.class);
    private static final int BATCH = 200;
    private static final long IDLE_POLL_MILLIS = 1_000;
    /**
     * How long a wake-up waits for more decisions to commit: each placing costs some ten round trips to the
     * database whatever its size, and at a steady rate the consumers commit a few complaints at a time.
     */
    private static final long GATHER_MILLIS = 100;

    private final EntityManager db;
    private final ComplaintLocks locks;
    private final TriageRepository decisions;
    private final RuleBook rules;
    private final Incidents incidents;
    private final TriageAnnouncer announcer;
    private final QueueVacuum vacuum;
    private final SpikeWatch spikes;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    IncidentPlacer(EntityManager db, ComplaintLocks locks, TriageRepository decisions, RuleBook rules,
            Incidents incidents, TriageAnnouncer announcer, QueueVacuum vacuum, SpikeWatch spikes) {
        this.db = db;
        this.locks = locks;
        this.decisions = decisions;
        this.rules = rules;
        this.incidents = incidents;
        this.announcer = announcer;
        this.vacuum = vacuum;
        this.spikes = spikes;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        worker = new Thread(this::placeUntilStopped, "incident-placer");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(5_000);
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintsQueued queued) {
        wakeUp.release();
    }

    private void placeUntilStopped() {
        while (running) {
            try {
                if (wakeUp.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    Thread.sleep(GATHER_MILLIS);
                }
                wakeUp.drainPermits();
                while (running && placeQueued() == BATCH) {
                    // a full batch means more are waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Placing complaints into incidents failed, trying again shortly: %s", e.getMessage());
            }
        }
    }

    /** Places one batch of queued complaints; returns how many were taken from the queue. */
    int placeQueued() {
        List<UUID> batch = QuarkusTransaction.requiringNew().call(this::oldestQueued);
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> place(batch));
        } catch (RuntimeException batchFailure) {
            // Another replica or a race may fail the batch; alone, each complaint either goes through or is let go.
            LOG.infof("A batch of %d complaints could not be placed together (%s); placing them one by one",
                    batch.size(), batchFailure.getMessage());
            for (UUID complaintId : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> place(List.of(complaintId)));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Complaint %s could not be placed into an incident; it stays outside any", complaintId);
                    QuarkusTransaction.requiringNew().run(() -> dequeue(List.of(complaintId)));
                }
            }
        }
        vacuum.deleted("incident_queue", batch.size());
        return batch.size();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> oldestQueued() {
        return db.createNativeQuery("select complaint_id from incident_queue order by received_at, complaint_id "
                + "limit :n").setParameter("n", BATCH).getResultList();
    }

    private void place(List<UUID> batch) {
        locks.lock(batch);
        // Another replica may have placed some of them meanwhile: only what is still queued is placed here.
        @SuppressWarnings("unchecked")
        List<Object[]> stillQueued = db.createNativeQuery("delete from incident_queue where complaint_id = any(:ids) "
                + "returning complaint_id, new_complaint").setParameter("ids", batch.toArray(UUID[]::new))
                .getResultList();
        if (stillQueued.isEmpty()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CompiledRules ruleSet = rules.current();
        List<TriageDecision> queued = decisions.readOnly(stillQueued.stream().map(row -> (UUID) row[0]).toList());
        List<TriageDecision> linked = incidents.place(queued, ruleSet);
        for (TriageDecision triage : linked) {
            triage.revision++;
            triage.triagedAt = now;
        }
        announcer.announce(linked.stream().map(announcer::revision).toList());
        decisions.recordLinks(linked);
        Set<UUID> fresh = stillQueued.stream().filter(row -> (Boolean) row[1]).map(row -> (UUID) row[0])
                .collect(Collectors.toSet());
        Map<String, Long> newComplaints = queued.stream()
                .filter(triage -> fresh.contains(triage.complaintId) && triage.category != null)
                .collect(Collectors.groupingBy(triage -> triage.category, TreeMap::new, Collectors.counting()));
        RoundTrip count = new RoundTrip();
        spikes.count(count, newComplaints, ruleSet);
        count.send(db);
    }

    private void dequeue(List<UUID> complaintIds) {
        db.createNativeQuery("delete from incident_queue where complaint_id = any(:ids)")
                .setParameter("ids", complaintIds.toArray(UUID[]::new)).executeUpdate();
    }
}
