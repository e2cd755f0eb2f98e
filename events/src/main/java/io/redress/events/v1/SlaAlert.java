package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A case's SLA clock (first-response, next-response or resolution) is at-risk or breached. Published once per
 * clock and state on {@link #TOPIC}, keyed by complaint id.
 */
public record SlaAlert(
        UUID caseId,
        UUID complaintId,
        String clock,
        String state,
        Instant dueAt,
        Instant detectedAt) {

    public static final String TOPIC = "cases.sla.v1";
    public static final String TYPE = "io.redress.case.sla-alert.v1";
    public static final String SCHEMA = "schemas/v1/sla-alert.json";
}
