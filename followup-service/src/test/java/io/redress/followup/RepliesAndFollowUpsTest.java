package io.redress.followup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.ReplyDelivered;
import io.redress.events.v1.ReplyRequested;
import io.redress.followup.model.SupportCase;
import io.redress.followup.service.FollowUpScheduler;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "rina", roles = "agent")
class RepliesAndFollowUpsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CaseFixtures fixtures;

    @Inject
    EventPublisher events;

    @Inject
    FollowUpScheduler scheduler;

    @Inject
    ObjectMapper json;

    static io.restassured.response.Response reply(UUID caseId, String text, String visibility) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "visibility", visibility))
                .post("/cases/{id}/replies", caseId);
    }

    @Test
    void aDraftComesFromTheStepsTemplateInTheCasesLanguage() {
        SupportCase opened = fixtures.openFresh();
        given().contentType(ContentType.JSON).body(Map.of("step", "acknowledge"))
                .post("/cases/{id}/drafts", opened.id).then().statusCode(200).body("language", equalTo("en"))
                .body("text", containsString("this is rina from customer care"))
                .body("text", containsString(opened.id.toString().substring(0, 8)));
        given().contentType(ContentType.JSON).body(Map.of("step", "acknowledge", "language", "lv"))
                .post("/cases/{id}/drafts", opened.id).then().statusCode(200).body("text", containsString("Sveiki"));
        given().contentType(ContentType.JSON).body(Map.of("step", "sing-a-song"))
                .post("/cases/{id}/drafts", opened.id).then().statusCode(400).body("violations.field", hasItem("step"));
    }

    @Test
    void aBlockedReplyIsNotSentAndNamesTheRuleAndSpan() throws Exception {
        SupportCase opened = fixtures.openFresh();
        given().contentType(ContentType.JSON).body(Map.of("text", "Sorry, but you should have read it.",
                "visibility", "public")).post("/cases/{id}/replies/check", opened.id).then().statusCode(200)
                .body("blocked", equalTo(true)).body("findings.rule", hasItem("apology-but"))
                .body("findings.find { it.rule == 'blame' }.text", equalTo("you should have"))
                .body("findings.find { it.rule == 'blame' }.start", equalTo(11));
        reply(opened.id, "Sorry, but you should have read it.", "public").then().statusCode(422)
                .contentType("application/problem+json").body("findings.rule", hasItem("blame"))
                .body("violations.field", hasItem("text"));
        given().get("/cases/{id}/timeline", opened.id).then().body("findAll { it.kind == 'reply' }.size()", equalTo(0));
        reply(opened.id, "Hi", "shouting").then().statusCode(400).body("violations.field", hasItem("visibility"));
    }

    @Test
    void theFirstReplyStopsTheFirstResponseClockAndItsDeliveryComesBack() throws Exception {
        SupportCase opened = fixtures.openFresh();
        UUID replyId;
        try (var requested = new KafkaTopicReader(KafkaTopicReader.topic(ReplyRequested.TOPIC))) {
            replyId = UUID.fromString(reply(opened.id, "We are on it and will write again within the hour.",
                    "public").then().statusCode(202).extract().path("replyId"));
            List<ConsumerRecord<String, String>> published = requested.await(
                    r -> opened.complaintId.toString().equals(r.key()), 1, WAIT);
            JsonNode event = json.readTree(published.get(0).value());
            assertEquals(replyId.toString(), event.get("replyId").asText());
            assertEquals("reply", event.get("purpose").asText());
            assertEquals("rina", event.get("requestedBy").asText());
        }
        given().get("/cases/{id}", opened.id).then().body("firstRespondedAt", notNullValue())
                .body("clocks.find { it.clock == 'first-response' }.stoppedAt", notNullValue());

        events.publish(ReplyDelivered.TOPIC, opened.complaintId.toString(), ReplyDelivered.TYPE,
                new ReplyDelivered(replyId, opened.id, opened.complaintId, "failed", "x", null, "rate limited", 3,
                        Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> given().get("/cases/{id}/timeline", opened.id).then()
                .body("find { it.kind == 'delivery' }.reason", equalTo("failed after 3 attempts: rate limited")));
        given().queryParam("kind", "delivery-failed").queryParam("due", Instant.now().plusSeconds(5).toString())
                .get("/followups").then().statusCode(200)
                .body("findAll { it.caseId == '" + opened.id + "' }.audience", hasItem("handler"));
    }

    @Test
    void aCustomerMessageAfterTheFirstReplyStartsTheNextResponseClock() throws Exception {
        SupportCase opened = fixtures.openFresh();
        reply(opened.id, "Looking into it now.", "private").then().statusCode(202);
        events.message(opened.complaintId, "Any news?", "private", Instant.now());
        await().atMost(WAIT).untilAsserted(() -> given().get("/cases/{id}", opened.id).then()
                .body("clocks.find { it.clock == 'next-response' }.dueAt", notNullValue()));
        reply(opened.id, "Yes: it ships today.", "private").then().statusCode(202);
        given().get("/cases/{id}", opened.id).then()
                .body("clocks.find { it.clock == 'next-response' }.stoppedAt", notNullValue());
    }

    @Test
    void aResolutionGetsOneReminderAndClosesAfterSevenDaysWithoutAnAnswer() throws Exception {
        SupportCase opened = fixtures.openFresh();
        CaseLifeTest.move(opened.id, "in-progress", "on it");
        CaseLifeTest.move(opened.id, "resolved", "new parcel delivered");
        Instant resolved = Instant.now();

        scheduler.run(resolved.plus(Duration.ofDays(2)));
        given().get("/cases/{id}/timeline", opened.id).then().body("findAll { it.reason == 'follow-up' }.size()",
                equalTo(0));
        try (var requested = new KafkaTopicReader(KafkaTopicReader.topic(ReplyRequested.TOPIC))) {
            scheduler.run(resolved.plus(Duration.ofDays(3)).plusSeconds(5));
            JsonNode event = json.readTree(requested.await(r -> opened.complaintId.toString().equals(r.key()), 1,
                    WAIT).get(0).value());
            assertEquals("follow-up", event.get("purpose").asText());
        }
        given().queryParam("due", resolved.plus(Duration.ofDays(4)).toString()).queryParam("kind", "customer-check")
                .get("/followups").then().body("find { it.caseId == '" + opened.id + "' }.status", equalTo("sent"));

        scheduler.run(resolved.plus(Duration.ofDays(6)));
        given().get("/cases/{id}", opened.id).then().body("state", equalTo("resolved"));
        scheduler.run(resolved.plus(Duration.ofDays(7)).plusSeconds(5));
        given().get("/cases/{id}", opened.id).then().body("state", equalTo("closed"));
        given().get("/cases/{id}/timeline", opened.id).then()
                .body("find { it.to == 'closed' }.reason", containsString("closure policy"))
                .body("findAll { it.reason == 'follow-up' }.size()", equalTo(1));
    }

    @Test
    void aQuietCaseRemindsItsHandlerOnce() {
        SupportCase opened = fixtures.openFresh();
        Instant later = Instant.now().plus(Duration.ofHours(25));
        scheduler.run(later);
        scheduler.run(later.plusSeconds(60));
        given().get("/cases/{id}/timeline", opened.id).then()
                .body("findAll { it.kind == 'follow-up' }.text", equalTo(List.of(
                        "This case has had no activity for 24 hours.")));
        given().queryParam("due", later.toString()).queryParam("kind", "handler-inactivity").get("/followups").then()
                .body("findAll { it.caseId == '" + opened.id + "' }.size()", equalTo(1));
        given().queryParam("due", "yesterday").get("/followups").then().statusCode(400)
                .body("violations.field", hasItem("due"));
    }

    @Test
    @TestSecurity(user = "ops", roles = "admin")
    void anAdminDoesNotSendReplies() {
        reply(UUID.randomUUID(), "Hello", "private").then().statusCode(403);
        given().get("/followups").then().statusCode(403);
    }
}
