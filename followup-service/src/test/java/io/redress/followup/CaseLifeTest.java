package io.redress.followup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.CaseStateChanged;
import io.redress.events.v1.ComplaintTriaged;
import io.redress.followup.model.SupportCase;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "rina", roles = "agent")
class CaseLifeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CaseFixtures fixtures;

    @Inject
    EventPublisher events;

    @Inject
    ObjectMapper json;

    static void move(UUID caseId, String to, String reason) {
        given().contentType(ContentType.JSON).body(new TransitionBody(to, reason, null))
                .post("/cases/{id}/transitions", caseId).then().statusCode(200).body("state", equalTo(to));
    }

    record TransitionBody(String to, String reason, String evidence) {
    }

    @Test
    void eachTransitionIsRecordedWithActorAndReasonAndPublished() throws Exception {
        SupportCase opened = fixtures.openFresh();
        try (var changes = new KafkaTopicReader(KafkaTopicReader.topic(CaseStateChanged.TOPIC))) {
            move(opened.id, "acknowledged", "seen it");
            move(opened.id, "in-progress", "checking the courier");
            move(opened.id, "waiting-on-customer", "asked for the order date");
            move(opened.id, "in-progress", "got it by phone");
            move(opened.id, "resolved", "parcel found and delivered");

            List<ConsumerRecord<String, String>> published = changes.await(
                    r -> opened.complaintId.toString().equals(r.key()), 5, WAIT);
            assertEquals(5, published.size());
            JsonNode last = json.readTree(published.get(4).value());
            assertEquals("in-progress", last.get("from").asText());
            assertEquals("resolved", last.get("to").asText());
            assertEquals("rina", last.get("actor").asText());
            assertEquals(CaseStateChanged.TYPE, KafkaTopicReader.header(published.get(4), "ce_type"));
        }
        given().get("/cases/{id}/timeline", opened.id).then().statusCode(200)
                .body("findAll { it.kind == 'transition' }.to", contains("acknowledged", "in-progress",
                        "waiting-on-customer", "in-progress", "resolved"))
                .body("findAll { it.kind == 'transition' }.actor", hasItem("rina"))
                .body("findAll { it.kind == 'transition' }.reason", hasItem("asked for the order date"));
    }

    @Test
    void anIllegalTransitionIsRefusedNamingTheAllowedStates() {
        SupportCase opened = fixtures.openFresh();
        given().contentType(ContentType.JSON).body(new TransitionBody("resolved", "done", null))
                .post("/cases/{id}/transitions", opened.id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowed", containsInAnyOrder("acknowledged", "in-progress", "parted-ways"))
                .body("violations.field", hasItem("to"));
        given().get("/cases/{id}", opened.id).then().body("state", equalTo("new"));
    }

    @Test
    void closingNeedsTheCustomersConfirmationAsEvidence() {
        SupportCase opened = fixtures.openFresh();
        move(opened.id, "in-progress", "on it");
        move(opened.id, "resolved", "refunded");
        given().contentType(ContentType.JSON).body(new TransitionBody("closed", "done", null))
                .post("/cases/{id}/transitions", opened.id).then().statusCode(409)
                .body("violations.field", hasItem("evidence"));
        given().contentType(ContentType.JSON)
                .body(new TransitionBody("closed", "customer happy", "phone call 2026-11-23 10:05, said all good"))
                .post("/cases/{id}/transitions", opened.id).then().statusCode(200).body("state", equalTo("closed"));
    }

    @Test
    void badTransitionRequestsNameTheField() {
        SupportCase opened = fixtures.openFresh();
        given().contentType(ContentType.JSON).body(new TransitionBody("flying", "why not", null))
                .post("/cases/{id}/transitions", opened.id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("to"));
        given().contentType(ContentType.JSON).body(new TransitionBody("acknowledged", " ", null))
                .post("/cases/{id}/transitions", opened.id).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body("{\"to\": [1], \"reason\": \"x\"}")
                .post("/cases/{id}/transitions", opened.id).then().statusCode(400)
                .body("violations.field", hasItem("to"));
        given().contentType(ContentType.JSON).body(new TransitionBody("acknowledged", "seen", null))
                .post("/cases/{id}/transitions", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "crm", roles = "integration")
    void anIntegrationCannotMoveOrReadCases() {
        given().contentType(ContentType.JSON).body(new TransitionBody("acknowledged", "seen", null))
                .post("/cases/{id}/transitions", UUID.randomUUID()).then().statusCode(403);
        given().get("/cases").then().statusCode(403);
    }

    @Test
    void aCustomerMessageReopensAResolvedCaseAndEndsAWait() throws Exception {
        SupportCase resolved = fixtures.openFresh();
        move(resolved.id, "in-progress", "on it");
        move(resolved.id, "resolved", "sent a new one");
        SupportCase waiting = fixtures.openFresh();
        move(waiting.id, "in-progress", "on it");
        move(waiting.id, "waiting-on-customer", "asked for a photo");

        events.message(resolved.complaintId, "It broke again.", "public", Instant.now());
        events.message(waiting.complaintId, "Here is the photo.", "private", Instant.now());

        await().atMost(WAIT).untilAsserted(() -> given().get("/cases/{id}", resolved.id).then()
                .body("state", equalTo("reopened")).body("reopenCount", equalTo(1)));
        await().atMost(WAIT).untilAsserted(() -> given().get("/cases/{id}", waiting.id).then()
                .body("state", equalTo("in-progress")));
        given().get("/cases/{id}/timeline", resolved.id).then()
                .body("findAll { it.kind == 'message' }.text", contains("It broke again."))
                .body("find { it.to == 'reopened' }.actor", equalTo("customer"));
    }

    @Test
    void aMessageBeforeItsCaseIsKeptAndAppliedWhenTheCaseOpens() throws Exception {
        UUID complaintId = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        events.message(complaintId, "Also, the box was wet.", "private", Instant.now());
        events.message(marker, "marker", "private", Instant.now());
        await().atMost(WAIT).until(() -> fixtures.messagesKept(marker) == 1);

        SupportCase opened = fixtures.open(CaseFixtures.triaged(complaintId, "P3", Instant.now()));
        given().get("/cases/{id}/timeline", opened.id).then()
                .body("findAll { it.kind == 'message' }.text", contains("Also, the box was wet."))
                .body("find { it.kind == 'message' }.visibility", equalTo("private"));
    }

    @Test
    void aHigherTriageRevisionRevisesTheCaseAndALowerOneIsIgnored() throws Exception {
        UUID complaintId = UUID.randomUUID();
        Instant now = Instant.now();
        fixtures.open(CaseFixtures.triaged(complaintId, "P4", now, 1, "general", null));
        var policy = new ComplaintTriaged.SlaPolicy("vip", "PT30M", "PT1H", "PT4H", "24x7");
        events.publish(ComplaintTriaged.TOPIC, complaintId.toString(), ComplaintTriaged.TYPE,
                CaseFixtures.triaged(complaintId, "P1", now, 3, "vip-desk", policy));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("complaintId", complaintId).get("/cases").then()
                .body("[0].priority", equalTo("P1")).body("[0].team", equalTo("vip-desk"))
                .body("[0].slaPolicy", equalTo("vip")));
        events.publish(ComplaintTriaged.TOPIC, complaintId.toString(), ComplaintTriaged.TYPE,
                CaseFixtures.triaged(complaintId, "P4", now, 2, "general", null));
        UUID marker = UUID.randomUUID();
        events.publish(ComplaintTriaged.TOPIC, marker.toString(), ComplaintTriaged.TYPE,
                CaseFixtures.triaged(marker, "P4", now));
        await().atMost(WAIT).until(() -> given().queryParam("complaintId", marker).get("/cases")
                .jsonPath().getList("$").size() == 1);
        given().queryParam("complaintId", complaintId).get("/cases").then()
                .body("[0].priority", equalTo("P1")).body("[0].team", equalTo("vip-desk"));
    }
}
