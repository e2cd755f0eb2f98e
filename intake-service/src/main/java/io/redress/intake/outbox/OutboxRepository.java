package io.redress.intake.outbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * Locks the oldest unpublished events. SKIP LOCKED lets several replicas relay at once without
     * publishing the same row twice or waiting on each other.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> lockOldest(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event order by seq limit :limit for update skip locked",
                        OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** For this transaction only: commit without waiting for the WAL flush. */
    public void skipWaitingForDurableCommit() {
        getEntityManager().createNativeQuery("set local synchronous_commit to off").executeUpdate();
    }

    public void deleteAll(List<OutboxEvent> events) {
        delete("seq in ?1", events.stream().map(event -> event.seq).toList());
    }
}
