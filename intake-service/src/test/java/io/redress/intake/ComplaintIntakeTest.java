package io.redress.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "web-form", roles = { "integration", "agent" })
class ComplaintIntakeTest {

    @Inject
    EntityManager db;

    static Map<String, Object> complaint(String channel, String externalId, String text) {
        var body = new HashMap<String, Object>();
        body.put("channel", channel);
        body.put("externalId", externalId);
        body.put("author", Map.of("handle", "@rina", "displayName", "Rina", "followers", 1200));
        body.put("text", text);
        body.put("url", "https://x.com/rina/status/" + externalId);
        body.put("receivedAt", "2026-11-23T09:00:00Z");
        return body;
    }

    static String uniqueId() {
        return UUID.randomUUID().toString();
    }

    long rows(String table, String externalId) {
        String sql = table.equals("complaint")
                ? "select count(*) from complaint where external_id = :id"
                : "select count(*) from outbox_event where payload like '%' || :id || '%'";
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(sql)
                .setParameter("id", externalId).getSingleResult()).longValue());
    }

    @Test
    void aNewComplaintIsStoredAndCanBeReadBack() {
        String externalId = uniqueId();
        var created = given().contentType(ContentType.JSON)
                .body(complaint("x", externalId, "Three weeks and my order has still not arrived."))
                .when().post("/complaints")
                .then().statusCode(201)
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/complaints/" + id), created.header("Location"));

        given().get("/complaints/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("channel", equalTo("x"))
                .body("externalId", equalTo(externalId))
                .body("author.handle", equalTo("@rina"))
                .body("author.followers", equalTo(1200))
                .body("visibility", equalTo("public"))
                .body("receivedAt", equalTo("2026-11-23T09:00:00Z"));
    }

    @Test
    void theSameDeliveryTwiceReturnsTheStoredComplaintAndStoresNothingNew() {
        String externalId = uniqueId();
        var body = complaint("facebook", externalId, "Your app charged me twice.");
        String first = given().contentType(ContentType.JSON).body(body).post("/complaints")
                .then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(body).post("/complaints")
                .then().statusCode(200)
                .header("Location", endsWith("/complaints/" + first))
                .body("id", equalTo(first));

        assertEquals(1, rows("complaint", externalId));
    }

    @Test
    void concurrentDeliveriesOfOneItemStoreOneComplaint() throws Exception {
        String externalId = uniqueId();
        var body = complaint("x", externalId, "Still waiting for my refund!!!");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(() -> given().contentType(ContentType.JSON).body(body).post("/complaints")
                        .then().extract().path("id"));
            }
            var ids = new HashSet<String>();
            for (Future<String> id : pool.invokeAll(posts)) {
                ids.add(id.get());
            }
            assertEquals(1, ids.size(), "every delivery answers with the one stored complaint: " + ids);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, rows("complaint", externalId));
    }

    @Test
    void privateChannelsArePrivateUnlessToldOtherwise() {
        var email = complaint("email", uniqueId(), "Please call me about invoice 1234.");
        given().contentType(ContentType.JSON).body(email).post("/complaints")
                .then().statusCode(201).body("visibility", equalTo("private"));

        var forum = complaint("forum", uniqueId(), "Anyone else had their account locked?");
        given().contentType(ContentType.JSON).body(forum).post("/complaints")
                .then().statusCode(201).body("visibility", equalTo("public"));
    }

    @Test
    void aMissingTextIsRefusedNamingTheFieldAndNothingIsStored() {
        String externalId = uniqueId();
        var body = complaint("x", externalId, "x");
        body.remove("text");
        assertRefused(body, "text");
        assertEquals(0, rows("complaint", externalId));
        assertEquals(0, rows("outbox_event", externalId));
    }

    @Test
    void aMissingChannelOrExternalIdOrHandleIsRefusedNamingTheField() {
        var noChannel = complaint("x", uniqueId(), "text");
        noChannel.remove("channel");
        assertRefused(noChannel, "channel");

        var noExternalId = complaint("x", "x", "text");
        noExternalId.remove("externalId");
        assertRefused(noExternalId, "externalId");

        var noHandle = complaint("x", uniqueId(), "text");
        noHandle.put("author", Map.of("displayName", "Nobody"));
        assertRefused(noHandle, "author.handle");
    }

    @Test
    void anUnknownChannelIsRefusedListingTheKnownOnes() {
        String externalId = uniqueId();
        given().contentType(ContentType.JSON).body(complaint("myspace", externalId, "text"))
                .post("/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("channel"))
                .body("detail", containsString("x, facebook, instagram"));
        assertEquals(0, rows("complaint", externalId));
    }

    @Test
    void aTextOverTheLimitIsRefused() {
        String externalId = uniqueId();
        assertRefused(complaint("blog", externalId, "a".repeat(10_001)), "text");
        assertEquals(0, rows("complaint", externalId));
    }

    @Test
    void aTextAtTheLimitIsAccepted() {
        given().contentType(ContentType.JSON).body(complaint("blog", uniqueId(), "ä".repeat(10_000)))
                .post("/complaints").then().statusCode(201);
    }

    @Test
    void badValuesInOptionalFieldsAreRefusedNamingTheField() {
        var badEmail = complaint("email", uniqueId(), "text");
        badEmail.put("author", Map.of("handle", "rina", "email", "not-an-address"));
        assertRefused(badEmail, "author.email");

        var negativeFollowers = complaint("x", uniqueId(), "text");
        negativeFollowers.put("author", Map.of("handle", "rina", "followers", -5));
        assertRefused(negativeFollowers, "author.followers");

        var badVisibility = complaint("x", uniqueId(), "text");
        badVisibility.put("visibility", "secret");
        assertRefused(badVisibility, "visibility");

        var badTime = complaint("x", uniqueId(), "text");
        badTime.put("receivedAt", "yesterday");
        assertRefused(badTime, "receivedAt");

        var textAsObject = complaint("x", uniqueId(), "text");
        textAsObject.put("text", Map.of("body", "hello"));
        assertRefused(textAsObject, "text");

        var followersAsWord = complaint("x", uniqueId(), "text");
        followersAsWord.put("author", Map.of("handle", "rina", "followers", "many"));
        assertRefused(followersAsWord, "author.followers");
    }

    @Test
    void malformedJsonIsRefusedAsProblemDetails() {
        given().contentType(ContentType.JSON).body("{\"channel\": \"x\", \"text\": ")
                .post("/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("violations.field", hasItem("body"));
    }

    @Test
    void anEmptyBodyIsRefused() {
        given().contentType(ContentType.JSON).post("/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("body"));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeParsing() {
        given().contentType(ContentType.JSON).body("{\"text\":\"" + "a".repeat(70_000) + "\"}")
                .post("/complaints")
                .then().statusCode(413);
    }

    @Test
    void anUnknownComplaintIsNotFoundAsProblemDetails() {
        given().get("/complaints/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    private static void assertRefused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .post("/complaints")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field))
                .body("detail", containsString(field));
    }
}
