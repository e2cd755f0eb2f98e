package io.redress.triage.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.events.v1.ComplaintTriaged;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.rest.TriageView;

@ApplicationScoped
public class TriageMapper {

    public ComplaintTriaged toTriaged(TriageDecision d) {
        return new ComplaintTriaged(d.complaintId, d.channel, d.visibility, d.language, d.languageConfidence,
                d.priority, d.reasons, d.receivedAt, d.triagedAt, d.revision, d.correctedBy, d.complaintScore,
                d.sentiment, d.anger, d.complainerType, d.flags, d.category, d.product, d.team, d.slaPolicy,
                d.playbook, d.incidentId);
    }

    public TriageView toView(TriageDecision d) {
        return new TriageView(d.complaintId, d.revision, d.channel, d.visibility, d.language, d.languageConfidence,
                d.priority, d.complaintScore, d.sentiment, d.anger, d.complainerType, d.flags, d.category, d.product,
                d.team, d.slaPolicy, d.playbook, d.incidentId, d.reasons, d.correctedBy, d.rulesVersion, d.receivedAt,
                d.triagedAt, d.erasedAt);
    }
}
