package io.redress.followup.observability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * How far the outbox relay is behind, for Prometheus: {@code redress_outbox_pending} (events committed but not
 * yet acknowledged by Kafka) and {@code redress_outbox_lag_seconds} (age of the oldest of them; 0 when none wait).
 * One query serves both gauges of a scrape.
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final String QUERY = "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
            + " from outbox_event";

    private record Reading(double pending, double lagSeconds, Instant at) {
    }

    private final DataSource db;
    private volatile Reading last = new Reading(Double.NaN, Double.NaN, Instant.EPOCH);

    OutboxBacklog(DataSource db, MeterRegistry registry) {
        this.db = db;
        Gauge.builder("redress.outbox.pending", this, backlog -> backlog.read().pending())
                .description("Events committed to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("redress.outbox.lag", this, backlog -> backlog.read().lagSeconds())
                .description("Age of the oldest event waiting in the outbox")
                .baseUnit("seconds")
                .register(registry);
    }

    private Reading read() {
        Reading reading = last;
        if (reading.at().plus(FRESH).isAfter(Instant.now())) {
            return reading;
        }
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            reading = new Reading(row.getLong(1), row.getDouble(2), Instant.now());
        } catch (SQLException e) {
            // Unknown rather than a reassuring zero: the gauges show a gap while the database is away.
            reading = new Reading(Double.NaN, Double.NaN, Instant.now());
        }
        last = reading;
        return reading;
    }
}
