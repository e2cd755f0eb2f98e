package io.redress.events.v1;

import java.time.Instant;

/** A category's complaint volume in a window jumped above its recent baseline. Published on {@link #TOPIC}, keyed by category. */
public record SpikeDetected(
        String category,
        Instant windowStart,
        Instant windowEnd,
        long count,
        double baseline,
        Instant detectedAt) {

    public static final String TOPIC = "alerts.spikes.v1";
    public static final String TYPE = "io.redress.spike.detected.v1";
    public static final String SCHEMA = "schemas/v1/spike-detected.json";
}
