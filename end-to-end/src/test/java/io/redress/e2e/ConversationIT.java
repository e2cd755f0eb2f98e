package io.redress.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * The conversation loop across all three services: an agent's reply leaves through follow-up and intake to the
 * provider, its delivery comes back into the case, and the customer's answer to it reopens the resolved case.
 */
@ExtendWith(SharedSuite.class)
class ConversationIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String OUR_REPLY_ID = "1999000000000000001";
    private static Suite suite;

    @BeforeAll
    static void useTheSharedSuite() {
        suite = SharedSuite.suite();
        suite.x.stubFor(post(urlEqualTo("/2/tweets"))
                .willReturn(okJson("{\"data\":{\"id\":\"" + OUR_REPLY_ID + "\",\"text\":\"reply\"}}").withStatus(201)));
    }

    @Test
    void aReplyReachesTheCustomerOnXAndTheirAnswerReopensTheResolvedCase() {
        String tweetId = String.valueOf(1_850_000_000_000_000_000L + (System.nanoTime() % 1_000_000_000L));
        String complaintId = given().baseUri(suite.intake.baseUri()).contentType(ContentType.JSON)
                .body(Map.of("channel", "x", "externalId", tweetId,
                        "author", Map.of("handle", "@rina", "followers", 1200),
                        "text", "Three weeks and my order has still not arrived. Nobody answers my emails.",
                        "visibility", "public"))
                .post("/complaints").then().statusCode(201).extract().path("id");
        String caseId = awaitCaseOf(complaintId);

        given().baseUri(suite.followup.baseUri()).contentType(ContentType.JSON)
                .body(Map.of("text", "We are sorry your order is late. We have sent you a direct message to sort it out.",
                        "visibility", "public"))
                .post("/cases/{id}/replies", caseId).then().statusCode(lessThan(300));

        await().atMost(WAIT).until(() -> timelineReasons(caseId, "delivery").contains("sent on x"));
        suite.x.verify(postRequestedFor(urlEqualTo("/2/tweets"))
                .withHeader("Authorization", equalTo("Bearer e2e-x-token"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(tweetId))));

        transition(caseId, "in-progress");
        transition(caseId, "resolved");

        String answeredId = given().baseUri(suite.intake.baseUri()).contentType(ContentType.JSON)
                .body(Map.of("channel", "x", "externalId", UUID.randomUUID().toString(), "inReplyTo", OUR_REPLY_ID,
                        "author", Map.of("handle", "@rina"), "text", "It still has not arrived.",
                        "visibility", "public"))
                .post("/complaints").then().statusCode(200).extract().path("id");
        assertEquals(complaintId, answeredId, "the answer joins the complaint it answers");

        await().atMost(WAIT).until(() -> "reopened".equals(given().baseUri(suite.followup.baseUri())
                .get("/cases/{id}", caseId).path("state")));
        assertEquals(1, given().baseUri(suite.followup.baseUri()).queryParam("complaintId", complaintId)
                .get("/cases").jsonPath().getList("$").size(), "still one case for the conversation");
    }

    private static String awaitCaseOf(String complaintId) {
        await().atMost(WAIT).until(() -> !given().baseUri(suite.followup.baseUri())
                .queryParam("complaintId", complaintId).get("/cases").jsonPath().getList("$").isEmpty());
        return given().baseUri(suite.followup.baseUri()).queryParam("complaintId", complaintId).get("/cases")
                .jsonPath().getString("[0].id");
    }

    private static List<String> timelineReasons(String caseId, String kind) {
        return given().baseUri(suite.followup.baseUri()).get("/cases/{id}/timeline", caseId).jsonPath()
                .getList("findAll { it.kind == '" + kind + "' }.reason", String.class);
    }

    private static void transition(String caseId, String to) {
        given().baseUri(suite.followup.baseUri()).contentType(ContentType.JSON)
                .body(Map.of("to", to, "reason", "e2e: " + to))
                .post("/cases/{id}/transitions", caseId).then().statusCode(200);
    }
}
