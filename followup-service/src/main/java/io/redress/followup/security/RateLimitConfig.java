package io.redress.followup.security;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Request budgets per client on the endpoints anyone can reach, keyed by path prefix. */
@ConfigMapping(prefix = "redress.rate-limit")
public interface RateLimitConfig {

    /** The longest prefix that matches a request's path decides its budget; other paths are not limited here. */
    Map<String, Budget> prefixes();

    interface Budget {

        /** Requests a client may make at once; also how many come back per {@link #period()}. */
        long capacity();

        Duration period();
    }
}
