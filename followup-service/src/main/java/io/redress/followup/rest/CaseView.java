package io.redress.followup.rest;

import java.time.Instant;
import java.util.UUID;

public record CaseView(
        UUID id,
        UUID complaintId,
        String priority,
        String state,
        String channel,
        String visibility,
        String language,
        Instant receivedAt,
        Instant openedAt,
        Instant firstResponseDueAt) {
}
