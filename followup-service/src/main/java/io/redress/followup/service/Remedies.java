package io.redress.followup.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import io.redress.events.v1.RemedyApproved;
import io.redress.followup.model.Remedy;
import io.redress.followup.model.SupportCase;
import io.redress.followup.outbox.Outbox;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.repository.RemedyRepository;

/**
 * Remedies for a case. One within the proposer's limit is approved at once; above it, it waits for a
 * supervisor or admin. {@link RemedyApproved} leaves exactly once per remedy: creating is idempotent by key,
 * and approving an approved remedy changes nothing.
 */
@ApplicationScoped
public class Remedies {

    private final RemedyRepository remedies;
    private final CaseRepository cases;
    private final RemedyLimits limits;
    private final Timeline timeline;
    private final Outbox outbox;

    Remedies(RemedyRepository remedies, CaseRepository cases, RemedyLimits limits, Timeline timeline,
            Outbox outbox) {
        this.remedies = remedies;
        this.cases = cases;
        this.limits = limits;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    /** Returns the remedy and whether this call created it (false: the key was used before). */
    @Transactional
    public Proposed propose(UUID caseId, String kind, BigDecimal amount, String currency, String idempotencyKey,
            String actor, Set<String> roles) {
        SupportCase supportCase = cases.lock(caseId).orElseThrow(() -> new NotFoundException("No case " + caseId));
        var earlier = remedies.byKey(caseId, idempotencyKey);
        if (earlier.isPresent()) {
            return new Proposed(earlier.get(), false);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var remedy = new Remedy();
        remedy.id = UUID.randomUUID();
        remedy.caseId = caseId;
        remedy.kind = kind;
        remedy.amount = amount;
        remedy.currency = currency;
        remedy.proposedBy = actor;
        remedy.proposedAt = now;
        remedy.idempotencyKey = idempotencyKey;
        remedy.status = Remedy.AWAITING_APPROVAL;
        remedies.persist(remedy);
        timeline.record(supportCase, "remedy", actor, "proposed " + describe(remedy), now).refId = remedy.id;
        if (roles.stream().anyMatch(role -> limits.allows(role, amount, currency))) {
            approve(supportCase, remedy, actor, now);
        }
        return new Proposed(remedy, true);
    }

    @Transactional
    public Remedy approve(UUID remedyId, String actor, Set<String> roles) {
        Remedy remedy = remedies.lock(remedyId).orElseThrow(() -> new NotFoundException("No remedy " + remedyId));
        if (Remedy.APPROVED.equals(remedy.status)) {
            return remedy;
        }
        if (roles.stream().noneMatch(role -> limits.allows(role, remedy.amount, remedy.currency))) {
            throw new ForbiddenException("amount: " + describe(remedy) + " is above your approval limit");
        }
        approve(cases.lock(remedy.caseId).orElseThrow(), remedy, actor, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return remedy;
    }

    private void approve(SupportCase supportCase, Remedy remedy, String actor, Instant at) {
        remedy.status = Remedy.APPROVED;
        remedy.approvedBy = actor;
        remedy.approvedAt = at;
        timeline.record(supportCase, "remedy", actor, "approved " + describe(remedy), at).refId = remedy.id;
        outbox.add(RemedyApproved.TOPIC, RemedyApproved.TYPE, RemedyApproved.SCHEMA,
                supportCase.complaintId.toString(), new RemedyApproved(remedy.id, supportCase.id,
                        supportCase.complaintId, remedy.kind, remedy.amount == null ? null : remedy.amount.toPlainString(),
                        remedy.currency, actor, at));
    }

    private static String describe(Remedy remedy) {
        return remedy.kind + (remedy.amount == null ? "" : " " + remedy.amount.toPlainString() + " " + remedy.currency);
    }

    public record Proposed(Remedy remedy, boolean created) {
    }
}
