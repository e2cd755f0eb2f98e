package io.redress.intake.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.intake.Rows;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PushAndChannelItemTest {

    @Inject
    Rows rows;

    static String unique() {
        return UUID.randomUUID().toString();
    }

    static Map<String, Object> chat(String externalId, String threadId, String text) {
        var body = new HashMap<String, Object>();
        body.put("externalId", externalId);
        body.put("channel", "chat");
        body.put("threadId", threadId);
        body.put("author", Map.of("id", "visitor-" + threadId, "handle", "Visitor " + threadId));
        body.put("text", text);
        return body;
    }

    static ValidatableResponse push(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/push/messages").then();
    }

    @Test
    @TestSecurity(user = "chat-widget", roles = "integration")
    void aPushedChatOpensAComplaintAndItsThreadJoinsIt() {
        String thread = unique();
        String complaint = push(chat("m1-" + thread, thread, "My card was charged but no ticket"))
                .statusCode(201).body("outcome", equalTo("opened")).extract().path("complaintId");
        push(chat("m2-" + thread, thread, "Order 5521, please check")).statusCode(200)
                .body("outcome", equalTo("added")).body("complaintId", equalTo(complaint));
    }

    @Test
    @TestSecurity(user = "chat-widget", roles = "integration")
    void aPushIsIdempotentPerIntegrationAndExternalId() {
        String thread = unique();
        var body = chat("same-" + thread, thread, "Hello, my parcel");
        push(body).statusCode(201);
        push(body).statusCode(200).body("outcome", equalTo("duplicate"));
        assertEquals(1, rows.count("message", "external_id", "push:chat-widget:same-" + thread));
    }

    @Test
    @TestSecurity(user = "listening-tool", roles = "integration")
    void aPublicPushIsKeptAsAPost() {
        var body = chat(unique(), unique(), "Saw a brand van parked on the pavement");
        body.put("visibility", "public");
        body.put("channel", "other");
        push(body).statusCode(201).body("outcome", equalTo("posted"));
    }

    @Test
    @TestSecurity(user = "chat-widget", roles = "integration")
    void badPushFieldsAreRefusedNamingThem() {
        var body = chat(unique(), unique(), "x");
        body.put("attachments", java.util.List.of(Map.of("contentType", "image/png", "size", 12, "sha256", "nothex")));
        push(body).statusCode(400).body("violations.field", hasItem("attachments[0].sha256"));
        var noText = chat(unique(), unique(), "x");
        noText.remove("text");
        push(noText).statusCode(400).body("violations.field", hasItem("text"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void anAgentCannotPush() {
        push(chat(unique(), unique(), "x")).statusCode(403);
    }

    @Test
    @TestSecurity(user = "youtube-connector", roles = "integration")
    void aYoutubeCommentIsKeptAsAPostAndAReplyToAComplaintJoinsIt() {
        String comment = "Ugz" + unique();
        given().contentType(ContentType.JSON).body(Map.of("id", comment,
                "author", Map.of("id", "UC" + unique(), "handle", "@rina" + unique(), "followers", 300),
                "text", "The update bricked my speaker", "url", "https://www.youtube.com/watch?v=abc&lc=" + comment))
                .post("/channels/youtube").then().statusCode(201).body("outcome", equalTo("posted"));
        String converted = given().contentType(ContentType.JSON).body(Map.of("id", "Ugz" + unique(),
                "author", Map.of("handle", "@angry" + unique()), "text", "I want a refund for this"))
                .post("/channels/youtube").then().statusCode(201).body("outcome", equalTo("opened"))
                .extract().path("complaintId");
        assertEquals(1, rows.count("complaint", "cast(id as varchar)", converted));
    }

    @Test
    @TestSecurity(user = "reviews-connector", roles = "integration")
    void anUnknownKindIsNotFoundAndAReviewNeedsAValidRating() {
        given().contentType(ContentType.JSON).body(Map.of("id", "1", "author", Map.of("handle", "h"), "text", "t"))
                .post("/channels/myspace").then().statusCode(404).body("violations.field", hasItem("kind"));
        given().contentType(ContentType.JSON).body(Map.of("id", "1", "author", Map.of("handle", "h"), "text", "t", "rating", 9))
                .post("/channels/review").then().statusCode(400).body("violations.field", hasItem("rating"))
                .body(not(equalTo("")));
    }
}
