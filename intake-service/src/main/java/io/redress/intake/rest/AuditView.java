package io.redress.intake.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

public record AuditView(long id, UUID complaintId, UUID customerId, String actor, String action, Map<String, Object> before,
        Map<String, Object> after, Instant at) {
}
