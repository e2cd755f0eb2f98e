package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A further customer message joined an existing complaint: a reply, another post in the threading window, an
 * e-mail reply, or a message on the channel the conversation moved to. Published on {@link #TOPIC}, keyed by
 * complaint id. {@code reopened} is true when the message reopened a closed complaint.
 */
public record ComplaintMessageAdded(
        UUID complaintId,
        UUID messageId,
        String channel,
        String externalId,
        ComplaintReceived.Author author,
        String text,
        String visibility,
        Instant receivedAt,
        boolean reopened) {

    public static final String TOPIC = "complaints.messages.v1";
    public static final String TYPE = "io.redress.complaint.message-added.v1";
    public static final String SCHEMA = "schemas/v1/complaint-message-added.json";
}
