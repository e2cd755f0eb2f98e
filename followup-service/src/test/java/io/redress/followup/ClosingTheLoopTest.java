package io.redress.followup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.CsatRecorded;
import io.redress.events.v1.CustomerErased;
import io.redress.events.v1.IncidentUpdated;
import io.redress.followup.model.SupportCase;
import io.redress.followup.service.FollowUpScheduler;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "rina", roles = "agent")
class ClosingTheLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CaseFixtures fixtures;

    @Inject
    EventPublisher events;

    @Inject
    FollowUpScheduler scheduler;

    @Inject
    EntityManager db;

    @Inject
    ObjectMapper json;

    String surveyToken(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) db
                .createNativeQuery("select token from survey where case_id = :id").setParameter("id", caseId)
                .getSingleResult());
    }

    SupportCase resolved(String priority) {
        SupportCase opened = fixtures.open(CaseFixtures.triaged(UUID.randomUUID(), priority, Instant.now()));
        CaseLifeTest.move(opened.id, "in-progress", "on it");
        CaseLifeTest.move(opened.id, "resolved", "fixed");
        return opened;
    }

    @Test
    void aHighRatingAfterABadStartMarksAnAdvocateAndTheTokenWorksOnce() throws Exception {
        SupportCase urgent = resolved("P1");
        String token = surveyToken(urgent.id);
        given().get("/cases/{id}/timeline", urgent.id).then()
                .body("find { it.reason == 'survey' }.text", containsString("/surveys/" + token));
        given().get("/surveys/{token}", token).then().statusCode(200);
        try (var csat = new KafkaTopicReader(KafkaTopicReader.topic(CsatRecorded.TOPIC))) {
            given().contentType(ContentType.JSON).body(Map.of("rating", 5, "comment", "Great save", "solved", true))
                    .post("/surveys/{token}", token).then().statusCode(200).body("advocate", equalTo(true));
            var event = json.readTree(csat.await(r -> urgent.complaintId.toString().equals(r.key()), 1, WAIT)
                    .get(0).value());
            assertEquals(5, event.get("rating").asInt());
            assertTrue(event.get("advocate").asBoolean());
        }
        given().get("/cases/{id}", urgent.id).then().body("state", equalTo("closed"));
        given().contentType(ContentType.JSON).body(Map.of("rating", 1)).post("/surveys/{token}", token).then()
                .statusCode(410).contentType("application/problem+json");
        given().get("/surveys/{token}", token).then().statusCode(410);
    }

    @Test
    void aHighRatingAfterACalmStartIsNoAdvocateAndNotSolvedReopens() {
        SupportCase calm = resolved("P4");
        String token = surveyToken(calm.id);
        given().contentType(ContentType.JSON).body(Map.of("rating", 4, "solved", false))
                .post("/surveys/{token}", token).then().statusCode(200).body("advocate", equalTo(false));
        given().get("/cases/{id}", calm.id).then().body("state", equalTo("reopened"));
    }

    @Test
    void badSurveyAnswersNameTheField() {
        String token = surveyToken(resolved("P3").id);
        given().contentType(ContentType.JSON).body(Map.of("rating", 6)).post("/surveys/{token}", token).then()
                .statusCode(400).body("violations.field", hasItem("rating"));
        given().get("/surveys/{token}", "no-such-token").then().statusCode(404);
    }

    @Test
    void aPublicComplaintGetsAResolutionNoteOnlyOnceResolvedAndAPrivateOneNone() {
        SupportCase open = fixtures.openFresh();
        Map<String, String> note = Map.of("text", "Update: the delivery problem is fixed for everyone.",
                "visibility", "public", "purpose", "resolution-note");
        given().contentType(ContentType.JSON).body(note).post("/cases/{id}/replies", open.id).then().statusCode(409)
                .body("violations.field", hasItem("purpose"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Here is what happened: the parcel was held by"
                + " customs, as the tracking page shows.", "visibility", "public", "purpose", "explanation"))
                .post("/cases/{id}/replies", open.id).then().statusCode(202);
        SupportCase done = resolved("P3");
        given().contentType(ContentType.JSON).body(note).post("/cases/{id}/replies", done.id).then().statusCode(202);
        given().get("/cases/{id}/timeline", done.id).then().body("reason", hasItem("resolution-note"));
    }

    @Test
    void aResolvedIncidentUpdatesEveryLinkedCaseAndFollowsUpWithEachCustomer() throws Exception {
        SupportCase first = fixtures.openFresh();
        SupportCase second = fixtures.openFresh();
        UUID incident = UUID.randomUUID();
        Instant now = Instant.now();
        events.publish(IncidentUpdated.TOPIC, incident.toString(), IncidentUpdated.TYPE, new IncidentUpdated(
                incident, "resolved", "Courier outage in Riga", "delivery", null,
                List.of(first.complaintId, second.complaintId), "The courier is delivering again since 10:00.",
                now.minusSeconds(3600), now));
        for (SupportCase linked : List.of(first, second)) {
            await().atMost(WAIT).untilAsserted(() -> given().get("/cases/{id}", linked.id).then()
                    .body("incidentId", equalTo(incident.toString())));
        }
        scheduler.run(Instant.now().plusSeconds(1));
        for (SupportCase linked : List.of(first, second)) {
            given().get("/cases/{id}/timeline", linked.id).then()
                    .body("find { it.kind == 'incident' }.reason", equalTo("incident resolved: Courier outage in Riga"))
                    .body("find { it.reason == 'follow-up' }.text",
                            containsString("The courier is delivering again since 10:00."));
        }
    }

    @Test
    void anErasureRemovesTheCustomersTextsButKeepsThatItHappened() throws Exception {
        SupportCase opened = fixtures.openFresh();
        events.message(opened.complaintId, "My phone is +371 2612 3456, call me.", "private", Instant.now());
        await().atMost(WAIT).untilAsserted(() -> given().get("/cases/{id}/timeline", opened.id).then()
                .body("kind", hasItem("message")));
        events.publish(CustomerErased.TOPIC, UUID.randomUUID().toString(), CustomerErased.TYPE,
                new CustomerErased(UUID.randomUUID(), List.of(opened.complaintId), Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> given().get("/cases/{id}/timeline", opened.id).then()
                .body("kind", hasItem("erasure")));
        given().get("/cases/{id}/timeline", opened.id).then()
                .body("text", not(hasItem(containsString("2612"))));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select count(*) from customer_message where complaint_id = :id and text is not null")
                .setParameter("id", opened.complaintId).getSingleResult()).longValue()));
    }
}
