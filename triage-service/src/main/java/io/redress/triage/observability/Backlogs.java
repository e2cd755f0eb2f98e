package io.redress.triage.observability;

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
 * How far triage's background work is behind, for Prometheus: {@code redress_outbox_pending} (events committed
 * but not yet acknowledged by Kafka) and {@code redress_outbox_lag_seconds} (age of the oldest of them), and
 * {@code redress_incident_queue_pending} (decided complaints not yet placed into incidents) and
 * {@code redress_incident_queue_lag_seconds} (how long the oldest has waited); a lag is 0 when none wait. One
 * query serves every gauge of a scrape.
 */
@Startup
@ApplicationScoped
public class Backlogs {

    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final String QUERY = "select o.n, o.lag, q.n, q.lag from "
            + "(select count(*) n, coalesce(extract(epoch from now() - min(created_at)), 0) lag from outbox_event) o, "
            + "(select count(*) n, coalesce(extract(epoch from now() - min(queued_at)), 0) lag from incident_queue) q";

    private record Reading(double pending, double lagSeconds, double queued, double queueLagSeconds, Instant at) {
    }

    private final DataSource db;
    private volatile Reading last = new Reading(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Instant.EPOCH);

    Backlogs(DataSource db, MeterRegistry registry) {
        this.db = db;
        Gauge.builder("redress.outbox.pending", this, backlog -> backlog.read().pending())
                .description("Events committed to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("redress.outbox.lag", this, backlog -> backlog.read().lagSeconds())
                .description("Age of the oldest event waiting in the outbox")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("redress.incident.queue.pending", this, backlog -> backlog.read().queued())
                .description("Decided complaints waiting to be placed into incidents")
                .register(registry);
        Gauge.builder("redress.incident.queue.lag", this, backlog -> backlog.read().queueLagSeconds())
                .description("How long the oldest complaint waiting to be placed into incidents has waited")
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
            reading = new Reading(row.getLong(1), row.getDouble(2), row.getLong(3), row.getDouble(4), Instant.now());
        } catch (SQLException e) {
            // Unknown rather than a reassuring zero: the gauges show a gap while the database is away.
            reading = new Reading(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Instant.now());
        }
        last = reading;
        return reading;
    }
}
