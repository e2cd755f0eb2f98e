package io.redress.triage.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Vacuums a queue table (the outbox, the incident queue) after its consumer has deleted a number of rows from it,
 * and the processed-event ids after old ones were forgotten ({@code ProcessedEventRetention}).
 * Each row of such a table is deleted soon after it is written, and until a vacuum its dead version stays in the
 * table and in its indexes, where every "oldest first" scan steps over all of them and every insert lands on a new
 * page: with PostgreSQL's autovacuum off (as on this project's CI machines) nothing else ever removes them, and
 * with it on, its default thresholds scale with the table, so a busy queue still waits long. A vacuum that finds
 * little to do costs little, so this does not ask whether autovacuum runs.
 */
@ApplicationScoped
public class QueueVacuum {

    private static final Logger LOG = Logger.getLogger(QueueVacuum.class);
    /** The tables this vacuums; a name outside it is a programming error, never interpolated into SQL. */
    private static final Set<String> QUEUES = Set.of("outbox_event", "incident_queue", "processed_event");

    @ConfigMapping(prefix = "redress.queue-vacuum")
    public interface Config {

        /** Rows a consumer deletes from a queue table between two vacuums of it; 0 for none. */
        @WithDefault("10000")
        long every();
    }

    private final DataSource db;
    private final Config config;
    private final Map<String, AtomicLong> deleted = new ConcurrentHashMap<>();

    QueueVacuum(DataSource db, Config config) {
        this.db = db;
        this.config = config;
    }

    /**
     * Counts rows deleted from a queue table by a committed transaction, and vacuums the table when enough have
     * gathered. Call it outside any transaction: a vacuum cannot run inside one. A failed vacuum is logged and
     * tried again after as many rows more; the queue works without it, only slower.
     */
    public void deleted(String table, int rows) {
        if (!QUEUES.contains(table)) {
            throw new IllegalArgumentException("not a queue table: " + table);
        }
        if (config.every() <= 0 || rows <= 0) {
            return;
        }
        AtomicLong count = deleted.computeIfAbsent(table, t -> new AtomicLong());
        if (count.addAndGet(rows) < config.every()) {
            return;
        }
        count.set(0);
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            // SKIP_LOCKED: if another replica is vacuuming it, this one has nothing to add.
            statement.execute("vacuum (skip_locked) " + table);
        } catch (SQLException e) {
            LOG.warnf("Could not vacuum %s: %s", table, e.getMessage());
        }
    }
}
