package io.redress.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.ComplaintTriaged;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.service.CaseOpening;

/** Opens cases the way the triage consumer does, without the broker, for tests about what follows. */
@ApplicationScoped
public class CaseFixtures {

    private final CaseOpening opening;
    private final CaseRepository cases;
    private final EntityManager db;

    CaseFixtures(CaseOpening opening, CaseRepository cases, EntityManager db) {
        this.opening = opening;
        this.cases = cases;
        this.db = db;
    }

    public static ComplaintTriaged triaged(UUID complaintId, String priority, Instant receivedAt) {
        return triaged(complaintId, priority, receivedAt, 1, null, null);
    }

    public static ComplaintTriaged triaged(UUID complaintId, String priority, Instant receivedAt, int revision,
            String team, ComplaintTriaged.SlaPolicy policy) {
        return new ComplaintTriaged(complaintId, "x", "public", "en", 0.9, priority, List.of("test"), receivedAt,
                receivedAt.plusSeconds(1), revision, null, 0.9, -0.5, 0.2, "constructive", List.of(), "delivery",
                null, team, policy, List.of(new ComplaintTriaged.PlaybookStep("acknowledge", "Say you are on it")),
                null);
    }

    public SupportCase open(ComplaintTriaged triaged) {
        QuarkusTransaction.requiringNew().run(() -> opening.apply(triaged));
        return reload(triaged.complaintId());
    }

    /** A case opened now, P3, no policy: nothing is due for hours. */
    public SupportCase openFresh() {
        return open(triaged(UUID.randomUUID(), "P3", Instant.now()));
    }

    public SupportCase reload(UUID complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> cases.findByComplaint(complaintId).orElseThrow());
    }

    /** Runs SQL in its own transaction, for tests that need a case in a given past. */
    public void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = db.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    public long messagesKept(UUID complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from customer_message where complaint_id = :id")
                .setParameter("id", complaintId).getSingleResult()).longValue());
    }
}
