package io.redress.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.ComplaintReceived;
import io.redress.intake.outbox.Outbox;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "web-form", roles = { "integration", "agent" })
class OutboxRelayTest {

    private static final Duration KAFKA_WAIT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager db;

    @Inject
    ObjectMapper json;

    private static String post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/complaints")
                .then().statusCode(201).extract().path("id");
    }

    private long outboxRows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from outbox_event where event_key = :key")
                .setParameter("key", key).getSingleResult()).longValue());
    }

    @Test
    void aStoredComplaintIsPublishedAsACloudEventKeyedByItsId() throws Exception {
        try (var topic = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintReceived.TOPIC))) {
            var body = ComplaintIntakeTest.complaint("email", ComplaintIntakeTest.uniqueId(),
                    "Dear support, my parcel 55-1234 was returned to sender.");
            body.put("author", Map.of("handle", "anna.k", "email", "anna@example.org"));
            String id = post(body);

            ConsumerRecord<String, String> record = topic.await(r -> id.equals(r.key()), 1, KAFKA_WAIT).get(0);

            assertEquals(ComplaintReceived.TYPE, KafkaTopicReader.header(record, "ce_type"));
            assertEquals("1.0", KafkaTopicReader.header(record, "ce_specversion"));
            assertEquals("/redress/intake-service", KafkaTopicReader.header(record, "ce_source"));
            assertEquals(id, KafkaTopicReader.header(record, "ce_subject"));
            UUID.fromString(KafkaTopicReader.header(record, "ce_id"));
            JsonNode event = json.readTree(record.value());
            assertEquals(id, event.get("complaintId").asText());
            assertEquals("private", event.get("visibility").asText());
            assertEquals("Dear support, my parcel 55-1234 was returned to sender.", event.get("text").asText());
            assertFalse(record.value().contains("anna@example.org"), "the e-mail address never leaves intake");
            await().atMost(KAFKA_WAIT).until(() -> outboxRows(id) == 0);
        }
    }

    @Test
    void aRepeatedDeliveryIsPublishedOnce() {
        try (var topic = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintReceived.TOPIC))) {
            var body = ComplaintIntakeTest.complaint("x", ComplaintIntakeTest.uniqueId(), "Refund me now");
            String id = post(body);
            given().contentType(ContentType.JSON).body(body).post("/complaints").then().statusCode(200);
            String marker = post(ComplaintIntakeTest.complaint("x", ComplaintIntakeTest.uniqueId(), "marker"));

            topic.await(r -> marker.equals(r.key()), 1, KAFKA_WAIT);
            assertEquals(1, topic.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() {
        try (var topic = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintReceived.TOPIC))) {
            String key = UUID.randomUUID().toString();
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.add(ComplaintReceived.TOPIC, ComplaintReceived.TYPE, ComplaintReceived.SCHEMA, key,
                        Map.of("complaintId", key));
                throw new IllegalStateException("the business change failed after the event was recorded");
            }));
            String marker = post(ComplaintIntakeTest.complaint("x", ComplaintIntakeTest.uniqueId(), "marker"));

            topic.await(r -> marker.equals(r.key()), 1, KAFKA_WAIT);
            assertTrue(topic.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(2)).isEmpty());
            assertEquals(0, outboxRows(key));
        }
    }

    @Test
    void anEventKafkaRefusesStaysInTheOutboxAndGoesOutOnceKafkaTakesIt() {
        String key = UUID.randomUUID().toString();
        String realTopic = KafkaTopicReader.topic(ComplaintReceived.TOPIC);
        try (var topic = new KafkaTopicReader(realTopic)) {
            QuarkusTransaction.requiringNew().run(() -> outbox.add("not a valid topic!", ComplaintReceived.TYPE,
                    ComplaintReceived.SCHEMA, key, Map.of("complaintId", key)));

            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> outboxRows(key) == 1);

            QuarkusTransaction.requiringNew().run(() -> db
                    .createNativeQuery("update outbox_event set topic = :topic where event_key = :key")
                    .setParameter("topic", ComplaintReceived.TOPIC).setParameter("key", key).executeUpdate());
            assertEquals(1, topic.await(r -> key.equals(r.key()), 1, KAFKA_WAIT).size());
            await().atMost(KAFKA_WAIT).until(() -> outboxRows(key) == 0);
        }
    }
}
