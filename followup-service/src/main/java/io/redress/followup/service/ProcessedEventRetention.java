package io.redress.followup.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.redress.followup.repository.ProcessedEvents;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Forgets the ids of handled events once no topic can deliver those events again. Every event this service
 * consumes leaves its id behind so a redelivery changes nothing; kept for ever, the ids grow without bound. An
 * event can only come again while its topic still holds it, so ids older than the topics' retention (7 days as
 * set up here) plus a margin guard against nothing. Safe with several replicas: each chunk skips the rows another
 * replica is deleting. The space is reclaimed by PostgreSQL's autovacuum.
 */
@ApplicationScoped
public class ProcessedEventRetention {

    private static final Logger LOG = Logger.getLogger(ProcessedEventRetention.class);
    /** Rows deleted per transaction, so a first prune of a large table holds no lock for long. */
    private static final int CHUNK = 10_000;

    @ConfigMapping(prefix = "redress.processed-events")
    public interface Config {

        /**
         * How long a handled event's id is kept: longer than the retention of every topic this service consumes,
         * or a redelivered event older than this would be handled twice.
         */
        @WithDefault("P8D")
        @DurationMin(days = 1)
        Duration keep();
    }

    private final ProcessedEvents processed;
    private final Config config;

    ProcessedEventRetention(ProcessedEvents processed, Config config) {
        this.processed = processed;
        this.config = config;
    }

    @Scheduled(every = "${redress.processed-events.prune-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        prune(Instant.now());
    }

    /** Forgets every id recorded longer than the retention before {@code now}; returns how many. */
    public long prune(Instant now) {
        Instant cutoff = now.minus(config.keep());
        long forgotten = 0;
        int chunk;
        do {
            chunk = QuarkusTransaction.requiringNew().call(() -> processed.forgetRecordedBefore(cutoff, CHUNK));
            forgotten += chunk;
        } while (chunk == CHUNK);
        if (forgotten > 0) {
            LOG.infof("Forgot %d processed-event ids recorded before %s", forgotten, cutoff);
        }
        return forgotten;
    }
}
