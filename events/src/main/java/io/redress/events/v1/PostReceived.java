package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/** A public mention intake keeps as a post, not (yet) a complaint. Published on {@link #TOPIC}, keyed by post id. */
public record PostReceived(
        UUID postId,
        String channel,
        String externalId,
        ComplaintReceived.Author author,
        String text,
        String url,
        Instant receivedAt) {

    public static final String TOPIC = "posts.received.v1";
    public static final String TYPE = "io.redress.post.received.v1";
    public static final String SCHEMA = "schemas/v1/post-received.json";
}
