package io.redress.events.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Triage's judgement of how likely a post is a complaint (0..1), with the cues that fired. Intake converts the
 * post when the score reaches its configured threshold. Published on {@link #TOPIC}, keyed by post id.
 */
public record PostScored(
        UUID postId,
        double complaintScore,
        String language,
        List<String> reasons,
        Instant scoredAt) {

    public static final String TOPIC = "posts.scored.v1";
    public static final String TYPE = "io.redress.post.scored.v1";
    public static final String SCHEMA = "schemas/v1/post-scored.json";
}
