package io.redress.followup.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.redress.followup.model.SupportCase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<SupportCase, UUID> {

    public Optional<SupportCase> findByComplaint(UUID complaintId) {
        return find("complaintId", complaintId).firstResultOptional();
    }

    public List<SupportCase> newest(int limit) {
        return findAll(Sort.descending("openedAt")).page(0, limit).list();
    }

    /** The case, locked for this transaction, so concurrent changes to one case happen one after another. */
    public Optional<SupportCase> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<SupportCase> lockByComplaint(UUID complaintId) {
        return find("complaintId", complaintId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every case of an incident, locked, in a stable order so two transactions never lock them crosswise. */
    public List<SupportCase> lockByIncident(UUID incidentId) {
        return find("incidentId = ?1 order by id", incidentId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Cases matching the filters, newest first. The SLA state is read from the running clocks at {@code now}:
     * breached once a clock's due instant has passed (due == now is not yet breached), at risk from its at-risk
     * instant until then.
     */
    @SuppressWarnings("unchecked")
    public List<SupportCase> search(CaseFilter filter, Instant now) {
        var sql = new StringBuilder("select c.* from support_case c where true");
        if (filter.team() != null) {
            sql.append(" and c.team = :team");
        }
        if (filter.state() != null) {
            sql.append(" and c.state = :state");
        }
        String running = "select 1 from sla_clock k where k.case_id = c.id and k.stopped_at is null and k.due_at is not null";
        if ("breached".equals(filter.slaState())) {
            sql.append(" and exists (").append(running).append(" and k.due_at < :now)");
        } else if ("at-risk".equals(filter.slaState())) {
            sql.append(" and exists (").append(running).append(" and k.at_risk_at <= :now and k.due_at >= :now)")
                    .append(" and not exists (").append(running).append(" and k.due_at < :now)");
        } else if ("ok".equals(filter.slaState())) {
            sql.append(" and not exists (").append(running).append(" and k.at_risk_at <= :now)");
        }
        sql.append(" order by c.opened_at desc limit :limit");
        var query = getEntityManager().createNativeQuery(sql.toString(), SupportCase.class)
                .setParameter("limit", filter.limit());
        if (filter.team() != null) {
            query.setParameter("team", filter.team());
        }
        if (filter.state() != null) {
            query.setParameter("state", filter.state().name());
        }
        if (filter.slaState() != null) {
            query.setParameter("now", now);
        }
        return query.getResultList();
    }

    /**
     * Open cases with no activity since {@code cutoff} whose handler has not been reminded since their last
     * activity; SKIP LOCKED so one replica reminds each.
     */
    @SuppressWarnings("unchecked")
    public List<SupportCase> lockQuiet(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery("""
                select c.* from support_case c
                where c.state in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REOPENED') and c.last_activity_at < :cutoff
                  and not exists (select 1 from followup f where f.case_id = c.id and f.kind = 'handler-inactivity'
                                  and f.due_at >= c.last_activity_at)
                order by c.last_activity_at limit :limit for update of c skip locked""", SupportCase.class)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Resolved cases proposed before {@code cutoff} whose one reminder went out; SKIP LOCKED as above. */
    @SuppressWarnings("unchecked")
    public List<SupportCase> lockUnanswered(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from support_case
                where state = 'RESOLVED' and reminder_sent_at is not null and resolved_at <= :cutoff
                order by resolved_at limit :limit for update skip locked""", SupportCase.class)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .getResultList();
    }
}
