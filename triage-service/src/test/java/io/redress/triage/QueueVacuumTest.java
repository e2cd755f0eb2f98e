package io.redress.triage;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.redress.triage.repository.QueueVacuum;

@QuarkusTest
class QueueVacuumTest {

    @Inject
    QueueVacuum vacuum;

    @Inject
    QueueVacuum.Config config;

    @Inject
    DataSource dataSource;

    @Test
    void aQueueTableIsVacuumedOnceItsConsumerHasDeletedEnoughRows() throws SQLException {
        for (String table : new String[] { "outbox_event", "incident_queue", "processed_event" }) {
            long before = vacuums(table);
            vacuum.deleted(table, (int) config.every());
            assertTrue(vacuums(table) > before, table + " vacuumed");
        }
    }

    @Test
    void onlyQueueTablesAreVacuumed() {
        assertThrows(IllegalArgumentException.class, () -> vacuum.deleted("triage", (int) config.every()));
    }

    private long vacuums(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select vacuum_count from pg_stat_user_tables where relname = ?")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
