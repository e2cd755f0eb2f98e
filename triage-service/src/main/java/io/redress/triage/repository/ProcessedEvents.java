package io.redress.triage.repository;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers handled event ids so a redelivered event changes nothing. */
@ApplicationScoped
public class ProcessedEvents {

    /**
     * Records the event ids given as the array of its one parameter and returns those not recorded before, for a
     * caller that reads more in the same statement (as a common table expression).
     */
    public static final String RECORD = "insert into processed_event (event_id, processed_at) "
            + "select unnest(cast(? as text[])), now() on conflict do nothing returning event_id";

    private final EntityManager db;

    ProcessedEvents(EntityManager db) {
        this.db = db;
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

    /** Records the id in the caller's transaction; false if it was recorded before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String eventId) {
        return !firstTime(List.of(eventId)).isEmpty();
    }

    /**
     * Records the ids in the caller's transaction and returns those not recorded before; a concurrent recorder of
     * the same id waits on the row lock and then does not get it back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstTime(List<String> eventIds) {
        Set<String> fresh = new HashSet<>();
        new RoundTrip().add(RECORD, rows -> rows.forEach(row -> fresh.add((String) row[0])),
                (Object) eventIds.toArray(String[]::new)).send(db);
        return fresh;
    }
}
