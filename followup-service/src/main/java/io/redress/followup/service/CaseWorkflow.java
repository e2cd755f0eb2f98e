package io.redress.followup.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.redress.events.v1.CaseStateChanged;
import io.redress.followup.model.CaseEvent;
import io.redress.followup.model.CaseState;
import io.redress.followup.model.SlaClock;
import io.redress.followup.model.SupportCase;
import io.redress.followup.outbox.Outbox;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.repository.RemedyRepository;

/**
 * Moves a case through its life. Each change is recorded in the timeline with actor and reason, moves the SLA
 * clocks, and is announced as {@link CaseStateChanged} in the same transaction.
 */
@ApplicationScoped
public class CaseWorkflow {

    private final CaseRepository cases;
    private final SlaClocks clocks;
    private final Timeline timeline;
    private final Outbox outbox;
    private final Event<StateChanged> changed;
    private final RemedyRepository remedies;

    CaseWorkflow(CaseRepository cases, SlaClocks clocks, Timeline timeline, Outbox outbox, Event<StateChanged> changed,
            RemedyRepository remedies) {
        this.remedies = remedies;
        this.cases = cases;
        this.clocks = clocks;
        this.timeline = timeline;
        this.outbox = outbox;
        this.changed = changed;
    }

    /**
     * A person moves the case. Closing needs the customer's confirmation as evidence: otherwise only the
     * customer (survey) or the closure policy closes a case. Parting ways needs an approved final remedy.
     */
    @Transactional
    public SupportCase transition(UUID caseId, CaseState to, String reason, String evidence, String actor) {
        SupportCase supportCase = cases.lock(caseId).orElseThrow(() -> new NotFoundException("No case " + caseId));
        if (!supportCase.state.canGoTo(to)) {
            throw new IllegalTransition("A case that is " + supportCase.state.label() + " cannot become " + to.label(),
                    supportCase.state.allowedTargets());
        }
        if (to == CaseState.CLOSED && (evidence == null || evidence.isBlank())) {
            throw new MissingPrecondition("evidence",
                    "closing needs the customer's confirmation (where and how they said they are satisfied)");
        }
        if (to == CaseState.PARTED_WAYS && remedies.approved(caseId).isEmpty()) {
            throw new MissingPrecondition("to", "parting ways needs an approved final remedy");
        }
        String why = to == CaseState.CLOSED ? reason + " (customer confirmed: " + evidence + ")" : reason;
        change(supportCase, to, actor, why, Instant.now());
        return supportCase;
    }

    /** Applies a change the caller has already decided is allowed, inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(SupportCase supportCase, CaseState to, String actor, String reason, Instant at) {
        CaseState from = supportCase.state;
        supportCase.state = to;
        if (from == CaseState.WAITING_ON_CUSTOMER) {
            clocks.resumeAll(supportCase, at);
        }
        switch (to) {
            case WAITING_ON_CUSTOMER -> clocks.pauseAll(supportCase, at);
            case RESOLVED -> {
                supportCase.resolvedAt = at;
                supportCase.reminderSentAt = null;
                clocks.stopAll(supportCase, at);
            }
            case CLOSED, PARTED_WAYS -> {
                supportCase.closedAt = at;
                clocks.stopAll(supportCase, at);
            }
            case REOPENED -> {
                supportCase.reopenCount++;
                supportCase.resolvedAt = null;
                supportCase.closedAt = null;
                clocks.start(supportCase, SlaClock.RESOLUTION, supportCase.resolutionTarget, at);
            }
            default -> {
                // acknowledged and in progress change no clock: only a reply to the customer stops one
            }
        }
        CaseEvent entry = timeline.record(supportCase, "transition", actor, reason, at);
        entry.fromState = from.label();
        entry.toState = to.label();
        outbox.add(CaseStateChanged.TOPIC, CaseStateChanged.TYPE, CaseStateChanged.SCHEMA,
                supportCase.complaintId.toString(), new CaseStateChanged(supportCase.id, supportCase.complaintId,
                        from.label(), to.label(), actor, reason, at));
        changed.fire(new StateChanged(supportCase, from, to, actor, at));
    }
}
