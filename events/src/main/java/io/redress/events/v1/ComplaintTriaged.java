package io.redress.events.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Triage's decision about one complaint. Published on {@link #TOPIC}, keyed by complaint id.
 * {@code priority} is P1 (most urgent) to P4. Triage publishes it again, with a higher {@code revision}, whenever
 * it re-decides (a new message) or an agent corrects it; consumers keep the highest revision. The fields after
 * {@code triagedAt} are optional (added in v1.1).
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
        Instant triagedAt,
        Integer revision,
        String correctedBy,
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
        UUID incidentId) {

    public static final String TOPIC = "complaints.triaged.v1";
    public static final String TYPE = "io.redress.complaint.triaged.v1";
    public static final String SCHEMA = "schemas/v1/complaint-triaged.json";

    /** Response targets as ISO-8601 durations, counted in the business hours of {@code calendar}. */
    public record SlaPolicy(String name, String firstResponse, String nextResponse, String resolution, String calendar) {
    }

    /** One recommended step of the response playbook, e.g. {@code apologise-publicly}. */
    public record PlaybookStep(String step, String text) {
    }
}
