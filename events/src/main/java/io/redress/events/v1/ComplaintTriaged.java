package io.redress.events.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Triage's decision about one complaint. Published on {@link #TOPIC}, keyed by complaint id.
 * {@code priority} is P1 (most urgent) to P4.
 */
public record ComplaintTriaged(
        UUID complaintId,
        String channel,
        String visibility,
        String language,
        double languageConfidence,
        String priority,
        List<String> reasons,
        Instant receivedAt,
        Instant triagedAt) {

    public static final String TOPIC = "complaints.triaged.v1";
    public static final String TYPE = "io.redress.complaint.triaged.v1";
    public static final String SCHEMA = "schemas/v1/complaint-triaged.json";
}
