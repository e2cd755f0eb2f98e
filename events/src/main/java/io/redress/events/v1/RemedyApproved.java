package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A remedy approved for a case, for the billing or fulfilment system, which applies it once per
 * {@code remedyId}. {@code amount} is a decimal string (never a float) with an ISO 4217 {@code currency}, both
 * null for remedies without money (exchange, manager). Published on {@link #TOPIC}, keyed by complaint id.
 */
public record RemedyApproved(
        UUID remedyId,
        UUID caseId,
        UUID complaintId,
        String kind,
        String amount,
        String currency,
        String approvedBy,
        Instant approvedAt) {

    public static final String TOPIC = "remedies.v1";
    public static final String TYPE = "io.redress.remedy.approved.v1";
    public static final String SCHEMA = "schemas/v1/remedy-approved.json";
}
