package io.redress.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.RemedyApproved;
import io.redress.followup.model.Remedy;
import io.redress.followup.model.SupportCase;
import io.redress.followup.service.Remedies;
import io.restassured.http.ContentType;

@QuarkusTest
class RemedyTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CaseFixtures fixtures;

    @Inject
    Remedies remedies;

    @Inject
    ObjectMapper json;

    static io.restassured.response.Response propose(UUID caseId, String kind, String amount, String currency,
            String key) {
        var body = new java.util.HashMap<String, Object>(Map.of("kind", kind, "idempotencyKey", key));
        if (amount != null) {
            body.put("amount", new BigDecimal(amount));
            body.put("currency", currency);
        }
        return given().contentType(ContentType.JSON).body(body).post("/cases/{id}/remedies", caseId);
    }

    Remedy awaiting(SupportCase supportCase, String amount) {
        return remedies.propose(supportCase.id, "refund", new BigDecimal(amount), "EUR", UUID.randomUUID().toString(),
                "rina", Set.of("agent")).remedy();
    }

    List<ConsumerRecord<String, String>> approvedEvents(KafkaTopicReader reader, UUID remedyId, int atLeast,
            Duration wait) {
        return reader.await(r -> r.value().contains(remedyId.toString()), atLeast, wait);
    }

    @Test
    @TestSecurity(user = "rina", roles = "agent")
    void aRemedyWithinTheAgentsLimitIsApprovedOnceEvenWhenProposedTwice() throws Exception {
        SupportCase opened = fixtures.openFresh();
        try (var approved = new KafkaTopicReader(KafkaTopicReader.topic(RemedyApproved.TOPIC))) {
            String id = propose(opened.id, "refund", "30.00", "EUR", "refund-1").then().statusCode(201)
                    .body("status", equalTo("approved")).body("approvedBy", equalTo("rina")).extract().path("id");
            propose(opened.id, "refund", "30.00", "EUR", "refund-1").then().statusCode(200).body("id", equalTo(id));
            List<ConsumerRecord<String, String>> events = approvedEvents(approved, UUID.fromString(id), 2,
                    Duration.ofSeconds(8));
            assertEquals(1, events.size());
            var event = json.readTree(events.get(0).value());
            assertEquals("30.00", event.get("amount").asText());
            assertEquals("EUR", event.get("currency").asText());
        }
    }

    @Test
    @TestSecurity(user = "rina", roles = "agent")
    void aboveTheLimitARemedyWaitsAndAnAgentCannotApproveIt() {
        SupportCase opened = fixtures.openFresh();
        String id = propose(opened.id, "refund", "120.00", "EUR", "big").then().statusCode(201)
                .body("status", equalTo("awaiting-approval")).extract().path("id");
        given().post("/remedies/{id}/approval", id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "maija", roles = "supervisor")
    void aSupervisorApprovesOnceAndApprovingAgainChangesNothing() throws Exception {
        SupportCase opened = fixtures.openFresh();
        Remedy waiting = awaiting(opened, "120.00");
        try (var approved = new KafkaTopicReader(KafkaTopicReader.topic(RemedyApproved.TOPIC))) {
            given().post("/remedies/{id}/approval", waiting.id).then().statusCode(200)
                    .body("status", equalTo("approved")).body("approvedBy", equalTo("maija"));
            given().post("/remedies/{id}/approval", waiting.id).then().statusCode(200)
                    .body("status", equalTo("approved"));
            assertEquals(1, approvedEvents(approved, waiting.id, 2, Duration.ofSeconds(8)).size());
        }
        Remedy tooBig = awaiting(opened, "900.00");
        given().post("/remedies/{id}/approval", tooBig.id).then().statusCode(403)
                .contentType("application/problem+json");
        given().post("/remedies/{id}/approval", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "boss", roles = "admin")
    void anAdminApprovesAnyAmount() {
        SupportCase opened = fixtures.openFresh();
        Remedy huge = awaiting(opened, "5000.00");
        given().post("/remedies/{id}/approval", huge.id).then().statusCode(200).body("status", equalTo("approved"));
    }

    @Test
    @TestSecurity(user = "rina", roles = "agent")
    void badRemediesNameTheField() {
        SupportCase opened = fixtures.openFresh();
        propose(opened.id, "refund", null, null, "a").then().statusCode(400).body("violations.field", hasItem("amount"));
        propose(opened.id, "refund", "-5", "EUR", "b").then().statusCode(400).body("violations.field", hasItem("amount"));
        propose(opened.id, "refund", "5", "XYZ", "c").then().statusCode(400)
                .body("violations.field", hasItem("currency"));
        propose(opened.id, "pony", null, null, "d").then().statusCode(400).body("violations.field", hasItem("kind"));
        propose(UUID.randomUUID(), "manager", null, null, "e").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rina", roles = "agent")
    void partingWaysNeedsAnApprovedFinalRemedy() {
        SupportCase opened = fixtures.openFresh();
        given().contentType(ContentType.JSON).body(Map.of("to", "parted-ways", "reason", "only wants freebies"))
                .post("/cases/{id}/transitions", opened.id).then().statusCode(409)
                .body("violations.field", hasItem("to"));
        propose(opened.id, "refund", "20", "EUR", "final").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("to", "parted-ways", "reason", "refunded, wished well"))
                .post("/cases/{id}/transitions", opened.id).then().statusCode(200)
                .body("state", equalTo("parted-ways"));
    }

    @Test
    @TestSecurity(user = "ops", roles = "integration")
    void anIntegrationCannotProposeOrApprove() {
        propose(UUID.randomUUID(), "manager", null, null, "x").then().statusCode(403);
        given().post("/remedies/{id}/approval", UUID.randomUUID()).then().statusCode(403);
    }
}
