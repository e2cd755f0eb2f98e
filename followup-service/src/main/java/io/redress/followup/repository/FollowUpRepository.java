package io.redress.followup.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.followup.model.FollowUp;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    /** Scheduled follow-ups due by {@code now}, locked with SKIP LOCKED so one replica sends each. */
    @SuppressWarnings("unchecked")
    public List<FollowUp> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from followup where status = 'scheduled' and due_at <= :now
                order by due_at limit :limit for update skip locked""", FollowUp.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    public List<FollowUp> dueBy(Instant due, String kind, int limit) {
        if (kind == null) {
            return find("dueAt <= ?1 order by dueAt", due).page(0, limit).list();
        }
        return find("dueAt <= ?1 and kind = ?2 order by dueAt", due, kind).page(0, limit).list();
    }

    public boolean hasScheduled(UUID caseId, String kind) {
        return count("caseId = ?1 and kind = ?2 and status = ?3", caseId, kind, FollowUp.SCHEDULED) > 0;
    }

    public void cancelScheduled(UUID caseId, String kind) {
        update("status = ?1 where caseId = ?2 and kind = ?3 and status = ?4", FollowUp.CANCELLED, caseId, kind,
                FollowUp.SCHEDULED);
    }
}
