package io.redress.intake.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.redress.intake.Rows;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class MetaWebhookTest {

    static final String PAGE = "1234567890";

    @Inject
    Rows rows;

    static String signature(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("test-app-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static ValidatableResponse deliver(String body, String signature) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return request.post("/webhooks/meta").then();
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 15);
    }

    /** A page feed comment, shaped like Graph API's documented feed webhook. */
    static String pageComment(String commentId, String fromId, String message) {
        return """
                {"object": "page", "entry": [{"id": "%s", "time": 1520383571, "changes": [{"field": "feed", "value": {
                  "from": {"id": "%s", "name": "Rina K"},
                  "post": {"status_type": "added_photos", "is_published": true, "updated_time": "2026-11-23T09:00:00+0000",
                           "permalink_url": "https://www.facebook.com/permalink.php?story_fbid=1&id=%s", "promotion_status": "inactive",
                           "id": "%s_44444444"},
                  "message": "%s", "post_id": "%s_44444444", "comment_id": "%s",
                  "created_time": 1520383571, "item": "comment", "parent_id": "%s_44444444", "verb": "add"}}]}]}
                """.formatted(PAGE, fromId, PAGE, PAGE, message, PAGE, commentId, PAGE);
    }

    /** An Instagram comment, shaped like the documented instagram comments webhook. */
    static String instagramComment(String commentId, String fromId, String text) {
        return """
                {"object": "instagram", "entry": [{"id": "17841400000000000", "time": 1700000000, "changes": [{"field": "comments", "value": {
                  "from": {"id": "%s", "username": "rina.k"},
                  "media": {"id": "17866666666666666", "media_product_type": "FEED"},
                  "id": "%s", "text": "%s"}}]}]}
                """.formatted(fromId, commentId, text);
    }

    /** A Messenger message, shaped like the documented messages webhook. */
    static String messengerMessage(String mid, String psid, String text) {
        return """
                {"object": "page", "entry": [{"id": "%s", "time": 1458692752478, "messaging": [{
                  "sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": 1458692752478,
                  "message": {"mid": "%s", "text": "%s"}}]}]}
                """.formatted(PAGE, psid, PAGE, mid, text);
    }

    @Test
    void theSubscriptionHandshakeEchoesTheChallengeForOurToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1158201444").get("/webhooks/meta")
                .then().statusCode(200).body(equalTo("1158201444"));
    }

    @Test
    void aHandshakeWithAnotherTokenIsForbidden() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444").get("/webhooks/meta")
                .then().statusCode(403).body("violations.field", hasItem("hub.verify_token"));
    }

    @Test
    void aPageCommentIsKeptAsAPost() throws Exception {
        String comment = PAGE + "_" + unique();
        String body = pageComment(comment, unique(), "Your delivery driver left my parcel in the rain");
        deliver(body, signature(body)).statusCode(200).body("[0].outcome", equalTo("posted"));
        assertEquals(1, rows.count("post", "external_id", comment));
    }

    @Test
    void anInstagramCommentIsKeptAsAPost() throws Exception {
        String comment = unique();
        String body = instagramComment(comment, unique(), "Still no answer to my DM");
        deliver(body, signature(body)).statusCode(200).body("[0].outcome", equalTo("posted"));
        assertEquals("INSTAGRAM", rows.single("select channel from post where external_id = :p", comment));
    }

    @Test
    void aMessengerMessageBecomesAPrivateComplaintAndTheNextOneJoinsIt() throws Exception {
        String psid = unique();
        String first = messengerMessage("mid." + unique(), psid, "My order 778812 never came");
        String complaint = deliver(first, signature(first)).statusCode(200).body("[0].outcome", equalTo("opened"))
                .extract().path("[0].complaintId");
        String second = messengerMessage("mid." + unique(), psid, "Hello?");
        deliver(second, signature(second)).statusCode(200)
                .body("[0].outcome", equalTo("added")).body("[0].complaintId", equalTo(complaint));
    }

    @Test
    void aBadSignatureIsRefusedAndNothingIsStored() throws Exception {
        String comment = PAGE + "_" + unique();
        String body = pageComment(comment, unique(), "refund!");
        deliver(body, "sha256=" + "0".repeat(64)).statusCode(401)
                .body("violations.field", hasItem("X-Hub-Signature-256"));
        deliver(body, null).statusCode(401);
        assertEquals(0, rows.count("post", "external_id", comment));
    }

    @Test
    void aReplayedDeliveryIsStoredOnce() throws Exception {
        String mid = "mid." + unique();
        String body = messengerMessage(mid, unique(), "Where is my refund");
        deliver(body, signature(body)).statusCode(200);
        deliver(body, signature(body)).statusCode(200).body("[0].outcome", equalTo("duplicate"));
        assertEquals(1, rows.count("message", "external_id", mid));
    }

    @Test
    void aSignedPayloadWithoutTheCommentTextIsRefusedNamingTheField() throws Exception {
        String body = "{\"object\": \"instagram\", \"entry\": [{\"id\": \"1\", \"changes\": [{\"field\": \"comments\","
                + " \"value\": {\"from\": {\"id\": \"7\"}, \"id\": \"9\"}}]}]}";
        deliver(body, signature(body)).statusCode(400)
                .body("violations.field", hasItem("entry[0].changes[0].value.text"));
    }
}
