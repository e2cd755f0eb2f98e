package io.redress.intake.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.redress.intake.Rows;

@QuarkusTest
class XWebhookTest {

    static final String BRAND = "2244994945";

    @Inject
    Rows rows;

    static String signature(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("test-consumer-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Shaped like the Account Activity API's documented tweet_create_events example. */
    static String mention(String id, String userId, String screenName, String text, String inReplyTo) {
        return """
                {"for_user_id": "%s",
                 "tweet_create_events": [{
                   "created_at": "Wed Oct 10 20:19:24 +0000 2018",
                   "id": %s, "id_str": "%s",
                   "text": "%s",
                   "source": "<a href=\\"http://twitter.com\\" rel=\\"nofollow\\">Twitter Web Client</a>",
                   "truncated": false,
                   "in_reply_to_status_id": null, "in_reply_to_status_id_str": %s,
                   "in_reply_to_user_id_str": "%s", "in_reply_to_screen_name": "brand",
                   "user": {"id": %s, "id_str": "%s", "name": "Rina K", "screen_name": "%s",
                            "followers_count": 1200, "friends_count": 10, "verified": false},
                   "entities": {"hashtags": [], "urls": [], "user_mentions": [{"screen_name": "brand", "id_str": "%s"}]},
                   "timestamp_ms": "1539202764000"
                 }]}
                """.formatted(BRAND, id, id, text, inReplyTo == null ? "null" : "\"" + inReplyTo + "\"", BRAND, userId,
                userId, screenName, BRAND);
    }

    /** Shaped like the documented direct_message_events example, with the users map. */
    static String directMessage(String id, String senderId, String text) {
        return """
                {"for_user_id": "%s",
                 "direct_message_events": [{
                   "type": "message_create", "id": "%s", "created_timestamp": "1516403560557",
                   "message_create": {
                     "target": {"recipient_id": "%s"},
                     "sender_id": "%s", "source_app_id": "268278",
                     "message_data": {"text": "%s", "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}}
                   }}],
                 "apps": {"268278": {"id": "268278", "name": "Twitter Web Client", "url": "http://twitter.com"}},
                 "users": {"%s": {"id": "%s", "created_timestamp": "1422556069340", "name": "Rina K",
                                  "screen_name": "rina_%s", "protected": false, "verified": false,
                                  "followers_count": 1200, "friends_count": 10, "statuses_count": 42}}}
                """.formatted(BRAND, id, BRAND, senderId, text, senderId, senderId, senderId);
    }

    static io.restassured.response.ValidatableResponse deliver(String body, String signature) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("x-twitter-webhooks-signature", signature);
        }
        return request.post("/webhooks/x").then();
    }

    static String id() {
        return String.valueOf(1_000_000_000_000_000_000L + (long) (Math.random() * 1e17));
    }

    @Test
    void theCrcChallengeIsAnsweredWithTheSignedToken() throws Exception {
        given().queryParam("crc_token", "9b4507b3-9040-4669-9ca3-6b94edb50553").get("/webhooks/x")
                .then().statusCode(200)
                .body("response_token", equalTo(signature("9b4507b3-9040-4669-9ca3-6b94edb50553")));
    }

    @Test
    void aCrcWithoutTokenIsRefusedNamingIt() {
        given().get("/webhooks/x").then().statusCode(400).body("violations.field", hasItem("crc_token"));
    }

    @Test
    void aSignedMentionIsKeptAsAPost() throws Exception {
        String tweet = id();
        String body = mention(tweet, id(), "rina_" + id(), "@brand my flight was delayed again", null);
        deliver(body, signature(body)).statusCode(200).body("[0].outcome", equalTo("posted"));
        assertEquals(1, rows.count("post", "external_id", tweet));
    }

    @Test
    void aPostsTextIsKeptAsTheCustomerTypedItNotAsXEscapedIt() throws Exception {
        String tweet = id();
        String body = mention(tweet, id(), "rina_" + id(),
                "@brand bags &amp; seats &gt; 2 hours late &lt;3 not. I typed &amp;lt; literally", null);
        deliver(body, signature(body)).statusCode(200).body("[0].outcome", equalTo("posted"));
        assertEquals("@brand bags & seats > 2 hours late <3 not. I typed &lt; literally",
                rows.single("select text from post where external_id = :p", tweet));
    }

    @Test
    void aSignedDirectMessageBecomesAPrivateComplaint() throws Exception {
        String dm = id();
        String body = directMessage(dm, id(), "My booking ref is AB12CD and nobody answers");
        deliver(body, signature(body)).statusCode(200).body("[0].outcome", equalTo("opened"));
        assertEquals("PRIVATE", rows.single("select visibility from message where external_id = :p", dm));
    }

    @Test
    void aReplyToTheComplaintsTweetJoinsIt() throws Exception {
        String first = id();
        String user = id();
        String opening = mention(first, user, "rina_" + id(), "@brand I want a refund for this broken seat", null);
        String complaint = deliver(opening, signature(opening)).statusCode(200).body("[0].outcome", equalTo("opened"))
                .extract().path("[0].complaintId");
        String reply = mention(id(), id(), "friend", "@rina_k @brand same thing happened to me", first);
        deliver(reply, signature(reply)).statusCode(200)
                .body("[0].outcome", equalTo("added"))
                .body("[0].complaintId", equalTo(complaint));
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsStored() throws Exception {
        String tweet = id();
        String body = mention(tweet, id(), "rina_" + id(), "@brand refund please", null);
        deliver(body, signature(body + " ")).statusCode(401)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("x-twitter-webhooks-signature"));
        deliver(body, null).statusCode(401);
        assertEquals(0, rows.count("post", "external_id", tweet));
        assertEquals(0, rows.count("message", "external_id", tweet));
    }

    @Test
    void aReplayedDeliveryIsStoredOnce() throws Exception {
        String tweet = id();
        String body = mention(tweet, id(), "rina_" + id(), "@brand where is my suitcase", null);
        deliver(body, signature(body)).statusCode(200).body("[0].outcome", equalTo("posted"));
        deliver(body, signature(body)).statusCode(200).body("[0].outcome", equalTo("duplicate"));
        assertEquals(1, rows.count("post", "external_id", tweet));
    }

    @Test
    void theBrandsOwnPostsAreNotTakenIn() throws Exception {
        String tweet = id();
        String body = mention(tweet, BRAND, "brand", "@rina_k sorry to hear that", null);
        deliver(body, signature(body)).statusCode(200).body("size()", equalTo(0));
        assertEquals(0, rows.count("post", "external_id", tweet));
    }

    @Test
    void aSignedButMalformedPayloadIsRefusedNamingTheField() throws Exception {
        String body = "{\"for_user_id\": \"1\", \"tweet_create_events\": [{\"id_str\": \"5\", \"text\": \"hi\"}]}";
        deliver(body, signature(body)).statusCode(400)
                .body("violations.field", hasItem("tweet_create_events[0].user.id_str"));
        String notJson = "{\"for_user_id\": ";
        deliver(notJson, signature(notJson)).statusCode(400).body("violations.field", hasItem("body"));
    }
}
