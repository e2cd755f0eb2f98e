package io.redress.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.redress.intake.service.ProcessedEventRetention;

@QuarkusTest
class ProcessedEventRetentionTest {

    @Inject
    ProcessedEventRetention retention;

    @Inject
    ProcessedEventRetention.Config config;

    @Inject
    DataSource dataSource;

    @Test
    void idsOlderThanTheRetentionAreForgottenAndYoungerOnesStillGuardAgainstRedelivery() throws SQLException {
        Instant now = Instant.now();
        String old = "retention-old-" + UUID.randomUUID();
        String kept = "retention-kept-" + UUID.randomUUID();
        record(old, now.minus(config.keep()).minus(Duration.ofMinutes(1)));
        record(kept, now.minus(config.keep()).plus(Duration.ofMinutes(1)));

        assertTrue(retention.prune(now) >= 1);

        assertFalse(recorded(old), "an id past the retention is forgotten");
        assertTrue(recorded(kept), "an id inside the retention is kept");
        assertEquals(0, retention.prune(now), "nothing left to forget");
    }

    @Test
    void theRetentionOutlastsTheTopicsSevenDays() {
        assertTrue(config.keep().compareTo(Duration.ofDays(7)) > 0, "default " + config.keep());
    }

    private void record(String eventId, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection
                .prepareStatement("insert into processed_event (event_id, processed_at) values (?, ?)")) {
            insert.setString(1, eventId);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private boolean recorded(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement("select 1 from processed_event where event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
