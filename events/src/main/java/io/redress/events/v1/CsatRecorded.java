package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's satisfaction rating (1..5) of a resolved case; {@code advocate} marks a high rating after a bad
 * start. The free-text comment stays in follow-up. Published on {@link #TOPIC}, keyed by complaint id.
 */
public record CsatRecorded(
        UUID caseId,
        UUID complaintId,
        int rating,
        boolean advocate,
        Instant recordedAt) {

    public static final String TOPIC = "cases.csat.v1";
    public static final String TYPE = "io.redress.csat.recorded.v1";
    public static final String SCHEMA = "schemas/v1/csat-recorded.json";
}
