package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * What became of a requested reply: {@code sent} with the provider's id, or {@code failed} with the reason once
 * intake has given up retrying. Published on {@link #TOPIC}, keyed by complaint id.
 */
public record ReplyDelivered(
        UUID replyId,
        UUID caseId,
        UUID complaintId,
        String status,
        String channel,
        String externalId,
        String reason,
        int attempts,
        Instant at) {

    public static final String TOPIC = "replies.delivered.v1";
    public static final String TYPE = "io.redress.reply.delivered.v1";
    public static final String SCHEMA = "schemas/v1/reply-delivered.json";
}
