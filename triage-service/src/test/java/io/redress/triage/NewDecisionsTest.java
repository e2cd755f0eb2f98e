package io.redress.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.repository.TriageRepository;

/** New decisions bypass the persistence context; they must still be written in, and only in, their transaction. */
@QuarkusTest
class NewDecisionsTest {

    @Inject
    TriageRepository decisions;

    @Inject
    EntityManager db;

    @Test
    void aNewDecisionIsSeenByTheRestOfItsTransactionAndKeptWithIt() {
        TriageDecision decision = decision();
        String seen = QuarkusTransaction.requiringNew().call(() -> {
            decisions.insert(List.of(decision));
            return (String) db.createNativeQuery("select language from triage where complaint_id = :id")
                    .setParameter("id", decision.complaintId).getSingleResult();
        });
        assertEquals("lv", seen, "a statement later in the transaction reads it");
        assertEquals(1, stored(decision.complaintId));
    }

    @Test
    void aNewDecisionOfATransactionThatFailsIsNeverStored() {
        TriageDecision decision = decision();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            decisions.insert(List.of(decision));
            throw new IllegalStateException("the batch fails after its decisions were written");
        }));
        assertEquals(0, stored(decision.complaintId));
    }

    private long stored(UUID complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select count(*) from triage where complaint_id = :id").setParameter("id", complaintId)
                .getSingleResult()).longValue());
    }

    private static TriageDecision decision() {
        TriageDecision decision = new TriageDecision();
        decision.complaintId = UUID.randomUUID();
        decision.channel = "x";
        decision.visibility = "public";
        decision.language = "lv";
        decision.languageConfidence = 1;
        decision.priority = "P3";
        decision.reasons = List.of("language lv detected (confidence 1.00)");
        decision.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        decision.triagedAt = decision.receivedAt;
        decision.revision = 1;
        decision.text = "Pasūtījums nav piegādāts";
        return decision;
    }
}
