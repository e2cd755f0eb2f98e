package io.redress.followup.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record RemedyView(UUID id, UUID caseId, String kind, BigDecimal amount, String currency, String status,
        String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt) {
}
