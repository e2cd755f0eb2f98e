package io.redress.followup.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.redress.events.v1.CustomerErased;
import io.redress.followup.repository.CaseRepository;

/** A customer's right to erasure: their texts and comments go; that an erasure happened stays. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Erasures {

    private static final List<String> ERASE = List.of(
            "update customer_message set text = null where complaint_id in (:complaints)",
            "update case_event set text = null where case_id in (select id from support_case where complaint_id in (:complaints))",
            "update reply set text = null where case_id in (select id from support_case where complaint_id in (:complaints))",
            "update followup set text = null where case_id in (select id from support_case where complaint_id in (:complaints))",
            "update survey set comment = null where case_id in (select id from support_case where complaint_id in (:complaints))");

    private final EntityManager db;
    private final CaseRepository cases;
    private final Timeline timeline;

    Erasures(EntityManager db, CaseRepository cases, Timeline timeline) {
        this.db = db;
        this.cases = cases;
        this.timeline = timeline;
    }

    public void erase(CustomerErased erased) {
        List<UUID> complaints = erased.complaintIds();
        if (complaints.isEmpty()) {
            return;
        }
        db.flush();
        ERASE.forEach(statement -> db.createNativeQuery(statement).setParameter("complaints", complaints)
                .executeUpdate());
        db.clear();
        Instant now = Instant.now();
        for (UUID complaintId : complaints) {
            cases.lockByComplaint(complaintId).ifPresent(supportCase -> {
                supportCase.erasedAt = now;
                timeline.record(supportCase, "erasure", "privacy", "the customer's texts were erased", now);
            });
        }
    }
}
