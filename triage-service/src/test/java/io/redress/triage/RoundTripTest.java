package io.redress.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.triage.repository.RoundTrip;

/** Statements sent together run in order, in the caller's transaction, and each gets its own rows back. */
@QuarkusTest
class RoundTripTest {

    @Inject
    EntityManager db;

    @Test
    void eachStatementSeesWhatTheOnesBeforeItDidAndGetsItsOwnRows() {
        String first = "rt-" + UUID.randomUUID();
        String second = "rt-" + UUID.randomUUID();
        List<Object[]> inserted = new ArrayList<>();
        List<Object[]> seen = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> new RoundTrip()
                .add("insert into processed_event (event_id, processed_at) select unnest(?), now() "
                        + "returning event_id", inserted::addAll, (Object) new String[] { first, second })
                .add("delete from processed_event where event_id = ?", second)
                .add("select event_id from processed_event where event_id = any(?) order by 1", seen::addAll,
                        (Object) new String[] { first, second })
                .send(db));
        assertEquals(2, inserted.size(), "the insert's own rows");
        assertEquals(List.of(first), seen.stream().map(row -> row[0]).toList(),
                "the select ran after the insert and the delete");
    }

    @Test
    void aFailingStatementUndoesTheWholeTransaction() {
        String id = "rt-" + UUID.randomUUID();
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> new RoundTrip()
                .add("insert into processed_event (event_id, processed_at) values (?, now())", id)
                .add("insert into processed_event (event_id, processed_at) values (?, now())", id)
                .send(db)));
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select count(*) from processed_event where event_id = :id").setParameter("id", id)
                .getSingleResult()).longValue());
        assertEquals(0, stored, "the first insert was rolled back with the second");
    }

    @Test
    void anArraySpreadOverThePlaceholdersIsRefusedBeforeAnythingIsSent() {
        RoundTrip trip = new RoundTrip();
        Object[] spread = new String[] { "a", "b" };
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> trip.add("select unnest(?)", spread));
        assertEquals("1 placeholders, 2 parameters: select unnest(?)", refused.getMessage());
    }
}
