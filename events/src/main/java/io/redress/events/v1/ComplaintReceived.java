package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint intake has accepted and stored. Published on {@link #TOPIC}, keyed by complaint id.
 * The author's e-mail address is deliberately absent: no consumer needs it to triage or follow up.
 * {@code customerId}, {@code priorComplaints} and {@code linkedComplaintId} are optional (added in v1.1).
 */
public record ComplaintReceived(
        UUID complaintId,
        String channel,
        String externalId,
        Author author,
        String text,
        String visibility,
        String url,
        String inReplyTo,
        Instant receivedAt,
        UUID customerId,
        Integer priorComplaints,
        UUID linkedComplaintId) {

    public static final String TOPIC = "complaints.received.v1";
    public static final String TYPE = "io.redress.complaint.received.v1";
    public static final String SCHEMA = "schemas/v1/complaint-received.json";

    public record Author(String handle, String displayName, Long followers) {
    }
}
