package io.redress.triage.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One complaint at a time: its received event, its messages, its re-decisions and its placement into an incident
 * never interleave, across threads and replicas.
 */
@ApplicationScoped
public class ComplaintLocks {

    private final EntityManager db;

    ComplaintLocks(EntityManager db) {
        this.db = db;
    }

    /** Locks until the caller's transaction ends, in id order, so two holders of several never deadlock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(List<UUID> complaintIds) {
        lock(new RoundTrip(), complaintIds).send(db);
    }

    /** The same, as the first statement of a round trip whose later statements run once the locks are granted. */
    public RoundTrip lock(RoundTrip trip, List<UUID> complaintIds) {
        return trip.add("select count(pg_advisory_xact_lock(hashtext(id))) from "
                + "(select cast(unnest(?) as text) id order by 1) ordered",
                (Object) complaintIds.stream().map(UUID::toString).toArray(String[]::new));
    }
}
