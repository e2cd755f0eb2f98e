package io.redress.followup.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.CaseRepository;

/** Who works a case: a team and an agent, reassignment, and escalation to a supervisor. */
@ApplicationScoped
public class Assignment {

    private final CaseRepository cases;
    private final Timeline timeline;

    Assignment(CaseRepository cases, Timeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    /** An agent may take a case for themself; a supervisor may give it to anyone. */
    @Transactional
    public SupportCase assign(UUID caseId, String team, String agent, String actor, boolean supervisor) {
        if (!supervisor && !actor.equals(agent)) {
            throw new ForbiddenException("agent: an agent can only assign a case to themself");
        }
        SupportCase supportCase = lock(caseId);
        String before = describe(supportCase.team, supportCase.agent);
        supportCase.team = team == null ? supportCase.team : team;
        supportCase.agent = agent;
        timeline.record(supportCase, "assignment", actor,
                before + " → " + describe(supportCase.team, supportCase.agent), Instant.now());
        return supportCase;
    }

    @Transactional
    public SupportCase escalate(UUID caseId, String to, String reason, String actor) {
        SupportCase supportCase = lock(caseId);
        escalate(supportCase, to, reason, actor, Instant.now());
        return supportCase;
    }

    /** In the caller's transaction: also used by the SLA sweep for breached clocks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalate(SupportCase supportCase, String to, String reason, String actor, Instant at) {
        supportCase.escalatedTo = to == null ? "supervisors" : to;
        supportCase.escalatedAt = at;
        timeline.record(supportCase, "escalation", actor, "to " + supportCase.escalatedTo + ": " + reason, at);
    }

    private SupportCase lock(UUID caseId) {
        return cases.lock(caseId).orElseThrow(() -> new NotFoundException("No case " + caseId));
    }

    private static String describe(String team, String agent) {
        return "team " + (team == null ? "none" : team) + ", agent " + (agent == null ? "none" : agent);
    }
}
