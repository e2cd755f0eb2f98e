package io.redress.followup.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Reads the cases of a report window straight from the tables, so figures match the cases exactly. */
@ApplicationScoped
public class ReportRepository {

    private static final String SELECTED = """
            select c.id from support_case c
            where c.received_at >= :from and c.received_at < :to
              and (cast(:team as text) is null or c.team = :team)
              and (cast(:channel as text) is null or c.channel = :channel)
              and (cast(:category as text) is null or c.category = :category)
              and (cast(:language as text) is null or c.language = :language)""";

    private final EntityManager db;

    ReportRepository(EntityManager db) {
        this.db = db;
    }

    public record CaseFigures(UUID id, Instant receivedAt, Instant firstRespondedAt, Instant resolvedAt,
            boolean slaBreached, int reopenCount, UUID incidentId) {
    }

    public record Cost(String currency, BigDecimal amount) {
    }

    public List<CaseFigures> cases(ReportFilter filter) {
        List<?> rows = query("""
                select id, received_at, first_responded_at, resolved_at, sla_breached, reopen_count, incident_id
                from support_case where id in (%s)""".formatted(SELECTED), filter).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new CaseFigures((UUID) row[0],
                (Instant) row[1], (Instant) row[2], (Instant) row[3], (Boolean) row[4],
                ((Number) row[5]).intValue(), (UUID) row[6])).toList();
    }

    public List<Integer> ratings(ReportFilter filter) {
        List<?> rows = query("select rating from survey where rating is not null and case_id in (%s)"
                .formatted(SELECTED), filter).getResultList();
        return rows.stream().map(row -> ((Number) row).intValue()).toList();
    }

    public List<Cost> approvedRemedyCosts(ReportFilter filter) {
        List<?> rows = query("""
                select currency, sum(amount) from remedy
                where status = 'approved' and amount is not null and case_id in (%s)
                group by currency order by currency""".formatted(SELECTED), filter).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Cost((String) row[0], (BigDecimal) row[1])).toList();
    }

    private jakarta.persistence.Query query(String sql, ReportFilter filter) {
        return db.createNativeQuery(sql)
                .setParameter("from", filter.from())
                .setParameter("to", filter.to())
                .setParameter("team", filter.team())
                .setParameter("channel", filter.channel())
                .setParameter("category", filter.category())
                .setParameter("language", filter.language());
    }
}
