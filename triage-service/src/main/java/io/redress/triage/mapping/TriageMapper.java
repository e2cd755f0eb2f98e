package io.redress.triage.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.events.v1.ComplaintTriaged;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.rest.TriageView;

@ApplicationScoped
public class TriageMapper {

    public ComplaintTriaged toTriaged(TriageDecision decision) {
        return new ComplaintTriaged(decision.complaintId, decision.channel, decision.visibility, decision.language,
                decision.languageConfidence, decision.priority, decision.reasons, decision.receivedAt,
                decision.triagedAt, 1, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public TriageView toView(TriageDecision decision) {
        return new TriageView(decision.complaintId, decision.channel, decision.visibility, decision.language,
                decision.languageConfidence, decision.priority, decision.reasons, decision.receivedAt,
                decision.triagedAt);
    }
}
