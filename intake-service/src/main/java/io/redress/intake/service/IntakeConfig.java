package io.redress.intake.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How intake threads conversations and turns posts into complaints. */
@ConfigMapping(prefix = "redress.intake")
public interface IntakeConfig {

    Threading threading();

    Posts posts();

    interface Threading {
        /** A customer's further messages on one channel within this time join their open complaint. */
        @WithDefault("2h")
        Duration window();

        /** A message this soon after a complaint closed reopens it; later it opens a new, linked complaint. */
        @WithDefault("7d")
        Duration reopenPeriod();
    }

    interface Posts {
        /** Triage's complaint score from which a post becomes a complaint. */
        @WithDefault("0.7")
        double scoreThreshold();

        /** A post whose text contains one of these words or phrases (case-insensitive) becomes a complaint at once. */
        Optional<List<String>> keywords();
    }
}
