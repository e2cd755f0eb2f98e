package io.redress.followup.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.followup.model.SlaClock;

@ApplicationScoped
public class SlaClockRepository implements PanacheRepositoryBase<SlaClock, Long> {

    public List<SlaClock> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /** The clocks of many cases in one query, for listing them (a query per case would grow with the page). */
    public Map<UUID, List<SlaClock>> ofCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return list("caseId in ?1 order by id", caseIds).stream()
                .collect(Collectors.groupingBy(clock -> clock.caseId));
    }

    public Optional<SlaClock> find(UUID caseId, String clock) {
        return find("caseId = ?1 and clock = ?2", caseId, clock).firstResultOptional();
    }

    /**
     * Cases with a running clock that needs an alert at {@code now}, locked with SKIP LOCKED: a case another
     * replica is handling is left to it, so only one replica acts on a case.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockCasesNeedingAlerts(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                select c.id from support_case c
                where exists (select 1 from sla_clock k where k.case_id = c.id and k.stopped_at is null
                              and k.due_at is not null
                              and ((k.alerted is null and k.at_risk_at <= :now)
                                   or (k.due_at < :now and k.alerted is distinct from 'breached')))
                order by c.id limit :limit
                for update of c skip locked""", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
