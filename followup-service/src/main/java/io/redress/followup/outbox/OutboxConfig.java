package io.redress.followup.outbox;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "redress.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes. */
    String source();

    /** Prepended to every topic, so several environments or test runs can share one cluster. */
    @WithName("topic-prefix")
    Optional<String> topicPrefix();

    /** Most events published in one relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for events when no commit has woken it (events of other replicas). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the relay waits after being woken, so events committed together leave in one batch. */
    @WithDefault("10ms")
    Duration linger();

    /** How long the relay waits for Kafka to acknowledge a batch before it retries later. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** Longest wait between attempts while Kafka is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();
}
