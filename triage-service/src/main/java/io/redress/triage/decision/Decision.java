package io.redress.triage.decision;

import java.util.List;

import io.redress.events.v1.ComplaintTriaged.PlaybookStep;
import io.redress.events.v1.ComplaintTriaged.SlaPolicy;

/** Everything triage decides about one complaint, each part backed by a reason. */
public record Decision(
        String language,
        double languageConfidence,
        double complaintScore,
        double sentiment,
        double anger,
        String complainerType,
        List<String> flags,
        String category,
        String product,
        String priority,
        String team,
        SlaPolicy slaPolicy,
        List<PlaybookStep> playbook,
        List<String> reasons) {
}
