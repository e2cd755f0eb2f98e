package io.redress.triage.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TriageView(
        UUID complaintId,
        String channel,
        String visibility,
        String language,
        double languageConfidence,
        String priority,
        List<String> reasons,
        Instant receivedAt,
        Instant triagedAt) {
}
