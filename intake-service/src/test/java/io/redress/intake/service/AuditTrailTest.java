package io.redress.intake.service;

import static io.redress.intake.Fixtures.direct;
import static io.redress.intake.Fixtures.person;
import static io.redress.intake.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.redress.intake.model.Channel;

@QuarkusTest
class AuditTrailTest {

    @Inject
    Intake intake;

    @Inject
    DataSource database;

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnAuditEntry() throws SQLException {
        Taken taken = intake.take(direct(Channel.EMAIL, person(unique(), "anna"), "Wrong invoice", Instant.now(), null));
        try (Connection db = database.getConnection(); var statement = db.createStatement()) {
            String id = "'" + taken.complaint().id + "'";
            var update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update audit_entry set actor = 'forger' where complaint_id = " + id));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class,
                    () -> statement.executeUpdate("delete from audit_entry where complaint_id = " + id));
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate audit_entry"));
            try (var rows = statement.executeQuery("select count(*) from audit_entry where complaint_id = " + id
                    + " and actor = 'test' and action = 'opened'")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }
}
