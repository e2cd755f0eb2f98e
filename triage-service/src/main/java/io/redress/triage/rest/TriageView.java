package io.redress.triage.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.redress.events.v1.ComplaintTriaged.PlaybookStep;
import io.redress.events.v1.ComplaintTriaged.SlaPolicy;

/** The decision in its latest revision, with every reason and the rules version it was made under. */
public record TriageView(
        UUID complaintId,
        int revision,
        String channel,
        String visibility,
        String language,
        double languageConfidence,
        String priority,
        Double complaintScore,
        Double sentiment,
        Double anger,
        String complainerType,
        List<String> flags,
        String category,
        String product,
        String team,
        SlaPolicy slaPolicy,
        List<PlaybookStep> playbook,
        UUID incidentId,
        List<String> reasons,
        String correctedBy,
        Long rulesVersion,
        Instant receivedAt,
        Instant triagedAt,
        Instant erasedAt) {
}
