package io.redress.followup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.CaseOpened;
import io.redress.events.v1.ComplaintTriaged;

@QuarkusTest
@TestSecurity(user = "rina", roles = "agent")
class CaseOpeningTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TRIAGED = KafkaTopicReader.topic(ComplaintTriaged.TOPIC);

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager db;

    ObjectNode triaged(UUID complaintId, String priority) {
        ObjectNode event = json.createObjectNode();
        event.put("complaintId", complaintId.toString());
        event.put("channel", "x");
        event.put("visibility", "public");
        event.put("language", "ms");
        event.put("languageConfidence", 0.91);
        event.put("priority", priority);
        event.putArray("reasons").add("language ms detected (confidence 0.91)");
        event.put("receivedAt", "2026-11-23T09:00:00Z");
        event.put("triagedAt", "2026-11-23T09:00:01Z");
        return event;
    }

    void publish(ObjectNode event, String eventId) throws Exception {
        try (var writer = new CloudEventWriter()) {
            writer.send(TRIAGED, event.get("complaintId").asText(), eventId, ComplaintTriaged.TYPE, event.toString());
        }
    }

    void awaitCase(UUID complaintId) {
        await().atMost(WAIT).until(() -> given().queryParam("complaintId", complaintId).get("/cases")
                .then().extract().jsonPath().getList("$").size() == 1);
    }

    long casesFor(UUID complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from support_case where complaint_id = :id")
                .setParameter("id", complaintId).getSingleResult()).longValue());
    }

    @ParameterizedTest(name = "{0} is due {1} after the complaint")
    @CsvSource({"P1, 2026-11-23T10:00:00Z", "P2, 2026-11-23T13:00:00Z", "P3, 2026-11-23T17:00:00Z",
            "P4, 2026-11-24T09:00:00Z"})
    void aTriagedComplaintOpensACaseDueByItsPriority(String priority, String due) throws Exception {
        UUID complaintId = UUID.randomUUID();
        publish(triaged(complaintId, priority), UUID.randomUUID().toString());

        awaitCase(complaintId);
        String caseId = given().queryParam("complaintId", complaintId).get("/cases")
                .then().statusCode(200)
                .body("[0].priority", equalTo(priority))
                .body("[0].state", equalTo("new"))
                .body("[0].language", equalTo("ms"))
                .body("[0].firstResponseDueAt", equalTo(due))
                .extract().path("[0].id");
        given().get("/cases/{id}", caseId).then().statusCode(200).body("complaintId", equalTo(complaintId.toString()));
    }

    @Test
    void theOpenedCaseIsPublishedAsACloudEventMatchingItsContract() throws Exception {
        UUID complaintId = UUID.randomUUID();
        try (var opened = new KafkaTopicReader(KafkaTopicReader.topic(CaseOpened.TOPIC))) {
            publish(triaged(complaintId, "P2"), UUID.randomUUID().toString());

            ConsumerRecord<String, String> record = opened.await(r -> complaintId.toString().equals(r.key()), 1, WAIT)
                    .get(0);
            assertEquals(CaseOpened.TYPE, KafkaTopicReader.header(record, "ce_type"));
            JsonNode event = json.readTree(record.value());
            assertEquals("2026-11-23T13:00:00Z", event.get("firstResponseDueAt").asText());
            assertEquals(given().queryParam("complaintId", complaintId).get("/cases").path("[0].id"),
                    event.get("caseId").asText());
        }
    }

    @Test
    void aRedeliveredOrRepeatedTriageOpensOneCase() throws Exception {
        UUID complaintId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(triaged(complaintId, "P3"), eventId);
        publish(triaged(complaintId, "P3"), eventId);
        publish(triaged(complaintId, "P2"), UUID.randomUUID().toString());
        UUID marker = UUID.randomUUID();
        publish(triaged(marker, "P4"), UUID.randomUUID().toString());

        awaitCase(marker);
        assertEquals(1, casesFor(complaintId));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextOneStillOpensACase() throws Exception {
        UUID poisonKey = UUID.randomUUID();
        try (var deadLetters = new KafkaTopicReader(TRIAGED + ".followup.dlq"); var writer = new CloudEventWriter()) {
            ObjectNode bad = triaged(poisonKey, "URGENT");
            writer.send(TRIAGED, poisonKey.toString(), UUID.randomUUID().toString(), ComplaintTriaged.TYPE,
                    bad.toString());
            UUID next = UUID.randomUUID();
            publish(triaged(next, "P1"), UUID.randomUUID().toString());

            awaitCase(next);
            assertEquals(1, deadLetters.await(r -> poisonKey.toString().equals(r.key()), 1, WAIT).size());
            assertEquals(0, casesFor(poisonKey));
        }
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        given().queryParam("complaintId", "not-a-uuid").get("/cases").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("complaintId"));
        given().queryParam("limit", 0).get("/cases").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("limit"));
        given().get("/cases/{id}", "nope").then()
                .statusCode(400).body("violations.field", hasItem("id"));
    }

    @Test
    void anUnknownCaseIsNotFoundAndAnUnknownComplaintHasNoCases() {
        given().get("/cases/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("complaintId", UUID.randomUUID()).get("/cases").then().statusCode(200).body("$", hasSize(0));
    }
}
