package io.redress.followup.security;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Token buckets per client and path prefix, checked before authentication and routing so that a flood of public
 * requests costs neither a token check nor a database call.
 */
@ApplicationScoped
public class ClientRateLimiter {

    /** Above the security and CORS filters: a refused request should cost as little as possible. */
    private static final int PRIORITY = 1000;
    /** Bounds memory under a flood from many addresses; an evicted client only gets a fresh budget. */
    private static final long MAX_CLIENTS = 100_000;

    private final List<Map.Entry<String, RateLimitConfig.Budget>> prefixes;
    private final Cache<String, Bucket> buckets;
    private final AccessProblems problems;

    ClientRateLimiter(RateLimitConfig config, AccessProblems problems) {
        this.problems = problems;
        this.prefixes = config.prefixes().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, RateLimitConfig.Budget> e) -> e.getKey().length())
                        .reversed())
                .toList();
        Duration longest = prefixes.stream().map(e -> e.getValue().period()).max(Comparator.naturalOrder())
                .orElse(Duration.ofMinutes(1));
        // A bucket left alone for a whole period is full again, so forgetting it then loses nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(longest).build();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext request) {
        Optional<Map.Entry<String, RateLimitConfig.Budget>> limited = budgetFor(request.normalizedPath());
        if (limited.isEmpty()) {
            request.next();
            return;
        }
        String prefix = limited.get().getKey();
        String client = request.request().remoteAddress() == null ? "unknown"
                : request.request().remoteAddress().hostAddress();
        Bucket bucket = buckets.get(prefix + " " + client, key -> bucket(limited.get().getValue()));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            request.next();
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        request.response().putHeader("Retry-After", Long.toString(retryAfter));
        problems.send(request, 429, "rate-limited", "Too many requests",
                "This client has used its budget for " + prefix + "*; retry after " + retryAfter + " s");
    }

    private Optional<Map.Entry<String, RateLimitConfig.Budget>> budgetFor(String path) {
        return prefixes.stream().filter(e -> path.startsWith(e.getKey())).findFirst();
    }

    private static Bucket bucket(RateLimitConfig.Budget budget) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(budget.capacity()).refillGreedy(budget.capacity(), budget.period()))
                .build();
    }
}
