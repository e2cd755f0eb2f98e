package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * Follow-up asks intake to send a reply that has passed the reply checker, on the complaint's current channel.
 * {@code purpose} is reply, follow-up, resolution-note, explanation or survey. Published on {@link #TOPIC},
 * keyed by complaint id; {@code replyId} makes the request idempotent.
 */
public record ReplyRequested(
        UUID replyId,
        UUID caseId,
        UUID complaintId,
        String visibility,
        String text,
        String purpose,
        String requestedBy,
        Instant requestedAt) {

    public static final String TOPIC = "replies.requested.v1";
    public static final String TYPE = "io.redress.reply.requested.v1";
    public static final String SCHEMA = "schemas/v1/reply-requested.json";
}
