package io.redress.followup.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Remembers handled event ids so a redelivered event changes nothing. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager db;

    ProcessedEvents(EntityManager db) {
        this.db = db;
    }

    /**
     * Runs the effect of an event and records its id in one new transaction, unless the id was recorded before.
     * Retried outside the transaction for passing faults (database restarting, lock timeout).
     */
    @Retry(maxRetries = 5, delay = 200, jitter = 100)
    public void once(String eventId, Runnable effect) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (firstTime(eventId)) {
                effect.run();
            }
        });
    }

    /**
     * Records the id in the caller's transaction. Returns false if it was already recorded; a concurrent
     * recorder of the same id waits on the row lock and then also gets false.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String eventId) {
        return db.createNativeQuery(
                "insert into processed_event (event_id, processed_at) values (:id, now()) on conflict do nothing")
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }

    /**
     * Forgets, in the caller's transaction, up to {@code limit} of the ids recorded before {@code cutoff}, oldest
     * first, skipping any another transaction holds; returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetRecordedBefore(Instant cutoff, int limit) {
        return db.createNativeQuery("delete from processed_event where event_id in (select event_id "
                + "from processed_event where processed_at < ?1 order by processed_at limit ?2 for update skip locked)")
                .setParameter(1, cutoff).setParameter(2, limit).executeUpdate();
    }
}
