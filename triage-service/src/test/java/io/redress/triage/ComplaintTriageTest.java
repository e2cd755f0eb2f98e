package io.redress.triage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.redress.events.v1.ComplaintReceived;
import io.redress.events.v1.ComplaintTriaged;

@QuarkusTest
@TestSecurity(user = "ana", roles = "agent")
class ComplaintTriageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RECEIVED = KafkaTopicReader.topic(ComplaintReceived.TOPIC);

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager db;

    ObjectNode received(UUID complaintId, String text, String visibility, long followers) {
        return new TestComplaints(json).received(complaintId, text, visibility, followers);
    }

    void publish(ObjectNode event, String eventId) throws Exception {
        try (var writer = new CloudEventWriter()) {
            writer.send(RECEIVED, event.get("complaintId").asText(), eventId, ComplaintReceived.TYPE, event.toString());
        }
    }

    void awaitTriage(UUID complaintId) {
        await().atMost(WAIT).until(() -> given().get("/triage/{id}", complaintId).statusCode() == 200);
    }

    long processedRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | My order has not arrived after three weeks and nobody at customer service answers my emails.
            bn | আমার অর্ডার তিন সপ্তাহেও আসেনি, আর গ্রাহক সেবা থেকে কেউ আমার ইমেইলের উত্তর দিচ্ছে না।
            ms | Pesanan saya masih belum sampai selepas tiga minggu dan khidmat pelanggan tidak menjawab e-mel saya.
            lv | Mans pasūtījums nav atnācis jau trīs nedēļas, un klientu apkalpošana neatbild uz maniem e-pastiem.
            es | Mi pedido no ha llegado después de tres semanas y nadie del servicio al cliente responde.
            de | Meine Bestellung ist nach drei Wochen immer noch nicht angekommen und niemand antwortet mir.
            """)
    void aComplaintIsTriagedInItsOwnLanguage(String language, String text) throws Exception {
        UUID complaintId = UUID.randomUUID();
        publish(received(complaintId, text, "private", 0), UUID.randomUUID().toString());

        awaitTriage(complaintId);
        given().get("/triage/{id}", complaintId).then()
                .body("language", equalTo(language))
                .body("priority", equalTo("P3"))
                .body("reasons", hasItem(startsWith("language " + language + " detected by ")));
    }

    @Test
    void aPublicComplaintWithWideReachGetsAHigherPriorityAndSaysWhy() throws Exception {
        UUID complaintId = UUID.randomUUID();
        publish(received(complaintId, "Worst airline ever, lost my bag AGAIN", "public", 250_000),
                UUID.randomUUID().toString());

        awaitTriage(complaintId);
        given().get("/triage/{id}", complaintId).then()
                .body("priority", equalTo("P2"))
                .body("reasons", hasItem(startsWith("P2: public complaint with wide reach: 250000 followers")));
    }

    @Test
    void theDecisionIsPublishedAsACloudEventMatchingItsContract() throws Exception {
        UUID complaintId = UUID.randomUUID();
        try (var triaged = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintTriaged.TOPIC))) {
            publish(received(complaintId, "The invoice is wrong, I was billed twice.", "private", 0),
                    UUID.randomUUID().toString());

            ConsumerRecord<String, String> record = triaged
                    .await(r -> complaintId.toString().equals(r.key()), 1, WAIT).get(0);
            assertEquals(ComplaintTriaged.TYPE, KafkaTopicReader.header(record, "ce_type"));
            JsonNode event = json.readTree(record.value());
            assertEquals("en", event.get("language").asText());
            assertEquals("P3", event.get("priority").asText());
            assertEquals("2026-11-23T09:00:00Z", event.get("receivedAt").asText());
        }
    }

    @Test
    void aRedeliveredEventIsTriagedAndPublishedOnce() throws Exception {
        UUID complaintId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        ObjectNode event = received(complaintId, "Package arrived broken.", "public", 10);
        try (var triaged = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintTriaged.TOPIC))) {
            publish(event, eventId);
            publish(event, eventId);
            UUID marker = UUID.randomUUID();
            publish(received(marker, "marker complaint", "public", 0), UUID.randomUUID().toString());

            awaitTriage(marker);
            awaitTriage(complaintId);
            assertEquals(1, processedRows(eventId));
            assertEquals(1, triaged.await(r -> complaintId.toString().equals(r.key()), 2, Duration.ofSeconds(3)).size());
        }
    }

    @Test
    void aComplaintReceivedAgainUnderANewEventIsDecidedAgainAsTheNextRevision() throws Exception {
        UUID complaintId = UUID.randomUUID();
        publish(received(complaintId, "Package arrived broken.", "public", 10), UUID.randomUUID().toString());
        TestComplaints.awaitRevision(complaintId, 1);

        publish(received(complaintId, "Package arrived broken. You'll hear from my lawyer.", "public", 10),
                UUID.randomUUID().toString());
        TestComplaints.awaitRevision(complaintId, 2);
        given().get("/triage/{id}", complaintId).then().body("flags", hasItem("legal-threat"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON               | {"complaintId": 
            breaks the schema      | {"complaintId": "%s", "channel": "x"}
            not a CloudEvent       | NO_CE_ID
            """)
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextOneIsStillTriaged(String kind, String payload)
            throws Exception {
        UUID poisonKey = UUID.randomUUID();
        try (var deadLetters = new KafkaTopicReader(RECEIVED + ".triage.dlq"); var writer = new CloudEventWriter()) {
            if (payload.equals("NO_CE_ID")) {
                writer.send(RECEIVED, poisonKey.toString(), null, null,
                        received(poisonKey, "no envelope", "public", 0).toString());
            } else {
                writer.send(RECEIVED, poisonKey.toString(), UUID.randomUUID().toString(), ComplaintReceived.TYPE,
                        payload.formatted(poisonKey));
            }
            UUID next = UUID.randomUUID();
            publish(received(next, "The refund never came.", "public", 0), UUID.randomUUID().toString());

            awaitTriage(next);
            assertEquals(1, deadLetters.await(r -> poisonKey.toString().equals(r.key()), 1, WAIT).size());
            assertTrue(given().get("/triage/{id}", poisonKey).statusCode() == 404);
        }
    }

    @Test
    void theTriagedEventCarriesEveryDecisionAndItsReasons() throws Exception {
        UUID complaintId = UUID.randomUUID();
        try (var triaged = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintTriaged.TOPIC))) {
            ObjectNode event = received(complaintId, "@ShopCo you thieves charged me twice AGAIN!!! Refund me NOW",
                    "public", 50_000);
            event.put("priorComplaints", 3);
            publish(event, UUID.randomUUID().toString());

            JsonNode decision = json.readTree(triaged.await(r -> complaintId.toString().equals(r.key()), 1, WAIT)
                    .get(0).value());
            assertEquals(1, decision.get("revision").asInt());
            assertEquals("billing", decision.get("category").asText());
            assertEquals("aggressive", decision.get("complainerType").asText());
            assertEquals("P2", decision.get("priority").asText());
            assertEquals("billing", decision.get("team").asText());
            assertEquals("high", decision.get("slaPolicy").get("name").asText());
            assertTrue(decision.get("complaintScore").asDouble() >= 0.5);
            assertTrue(decision.get("anger").asDouble() > 0);
            assertTrue(decision.get("sentiment").asDouble() < 0);
            assertTrue(json.convertValue(decision.get("flags"), java.util.List.class)
                    .containsAll(java.util.List.of("public-reach", "repeat-complainer")));
            assertTrue(json.convertValue(decision.get("playbook").findValues("step"), java.util.List.class).toString()
                    .contains("apologise-publicly"));
        }
    }

    @Test
    void anAgentsCorrectionIsANewPublishedRevisionKeptAsLabelledData() throws Exception {
        UUID complaintId = UUID.randomUUID();
        try (var triaged = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintTriaged.TOPIC))) {
            publish(received(complaintId, "The parcel never arrived.", "private", 0), UUID.randomUUID().toString());
            // The first revision is relayed from the outbox after it is stored; wait for it so it is not taken for the correction.
            triaged.await(r -> complaintId.toString().equals(r.key()), 1, WAIT);
            given().contentType("application/json")
                    .body("{\"priority\":\"P1\",\"category\":\"billing\",\"flags\":[\"churn-risk\"]}")
                    .put("/triage/{id}", complaintId).then()
                    .statusCode(200)
                    .body("revision", equalTo(2))
                    .body("priority", equalTo("P1"))
                    .body("correctedBy", equalTo("ana"))
                    .body("reasons", hasItem(startsWith("corrected by ana: priority")));

            var revisions = triaged.await(r -> complaintId.toString().equals(r.key()), 2, WAIT);
            assertEquals(2, revisions.size());
            JsonNode published = json.readTree(revisions.get(1).value());
            assertEquals(2, published.get("revision").asInt());
            assertEquals("ana", published.get("correctedBy").asText());
            assertEquals("urgent", published.get("slaPolicy").get("name").asText());
        }
        long labels = QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from triage_correction where complaint_id = :id and text is not null")
                .setParameter("id", complaintId).getSingleResult()).longValue());
        assertEquals(1, labels);
    }

    @Test
    void anInvalidCorrectionNamesTheFieldAndChangesNothing() throws Exception {
        UUID complaintId = UUID.randomUUID();
        publish(received(complaintId, "The parcel never arrived.", "private", 0), UUID.randomUUID().toString());
        awaitTriage(complaintId);
        given().contentType("application/json").body("{\"priority\":\"P9\",\"team\":\"nobody\"}")
                .put("/triage/{id}", complaintId).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("priority"))
                .body("violations.field", hasItem("team"));
        given().get("/triage/{id}", complaintId).then().body("revision", equalTo(1));
    }

    @Test
    @TestSecurity(user = "bot", roles = "integration")
    void integrationsReadDecisionsButCannotCorrectThem() {
        UUID complaintId = UUID.randomUUID();
        given().get("/triage/{id}", complaintId).then().statusCode(404);
        given().contentType("application/json").body("{\"priority\":\"P1\"}").put("/triage/{id}", complaintId)
                .then().statusCode(403);
    }

    @Test
    void correctingAnUnknownComplaintIs404() {
        given().contentType("application/json").body("{\"priority\":\"P1\"}").put("/triage/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownComplaintHasNoTriage() {
        given().get("/triage/{id}", UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
