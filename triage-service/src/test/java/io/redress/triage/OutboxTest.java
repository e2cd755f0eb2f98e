package io.redress.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.triage.outbox.Outbox;

@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "outbox-order-check.v1";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager db;

    private List<Outbox.Pending> events(String key, int count) {
        return IntStream.range(0, count).mapToObj(i -> outbox.event(TOPIC, "io.redress.test.v1",
                "https://redress.example/schemas/test.json", key, Map.of("n", i))).toList();
    }

    @Test
    void eventsRecordedTogetherLeaveInTheirOrderAndOnlyOnce() {
        String key = UUID.randomUUID().toString();
        try (var reader = new KafkaTopicReader(KafkaTopicReader.topic(TOPIC))) {
            QuarkusTransaction.requiringNew().run(() -> outbox.add(events(key, 30)));
            List<ConsumerRecord<String, String>> published = reader.await(r -> key.equals(r.key()), 30,
                    Duration.ofSeconds(20));
            assertEquals(IntStream.range(0, 30).mapToObj(i -> "{\"n\":" + i + "}").toList(),
                    published.stream().map(ConsumerRecord::value).toList());
        }
    }

    @Test
    void eventsOfARolledBackTransactionAreNeverRecorded() {
        String key = UUID.randomUUID().toString();
        try (var reader = new KafkaTopicReader(KafkaTopicReader.topic(TOPIC))) {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.add(events(key, 3));
                throw new IllegalStateException("the change they announce fails");
            }));
            long recorded = QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                    "select count(*) from outbox_event where event_key = :key").setParameter("key", key)
                    .getSingleResult()).longValue());
            assertEquals(0, recorded);
            assertEquals(List.of(), reader.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(3)));
        }
    }
}
