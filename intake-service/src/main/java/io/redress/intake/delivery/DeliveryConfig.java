package io.redress.intake.delivery;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Credentials and retry policy of outbound replies, per environment. */
@ConfigMapping(prefix = "redress.delivery")
public interface DeliveryConfig {

    /** Attempts per reply before it is reported failed. */
    @WithDefault("4")
    int maxAttempts();

    /** Wait before the second attempt; doubled before each further one. */
    @WithDefault("500ms")
    Duration backoff();

    /** OAuth 2.0 user-context token of the brand's X account. */
    Optional<String> xAccessToken();

    /** Page access token of the brand's Facebook page (also used for its Instagram account). */
    Optional<String> metaPageAccessToken();

    /** Subject of e-mail replies; the complaint's subject line is not kept. */
    @WithDefault("Your message to our customer care")
    String mailSubject();
}
