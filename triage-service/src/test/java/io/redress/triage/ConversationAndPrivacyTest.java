package io.redress.triage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.CustomerErased;
import io.redress.events.v1.PostReceived;
import io.redress.events.v1.PostScored;

@QuarkusTest
@TestSecurity(user = "ana", roles = "agent")
class ConversationAndPrivacyTest {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager db;

    TestComplaints complaints;

    ObjectNode message(UUID complaintId, String text) {
        ObjectNode event = json.createObjectNode();
        event.put("complaintId", complaintId.toString());
        event.put("messageId", UUID.randomUUID().toString());
        event.put("channel", "x");
        event.put("externalId", "msg-" + UUID.randomUUID());
        event.putObject("author").put("handle", "@customer");
        event.put("text", text);
        event.put("visibility", "public");
        event.put("receivedAt", "2026-11-23T10:00:00Z");
        event.put("reopened", false);
        return event;
    }

    void addMessage(UUID complaintId, String text) throws Exception {
        complaints().publish(ComplaintMessageAdded.TOPIC, complaintId.toString(), ComplaintMessageAdded.TYPE,
                message(complaintId, text));
    }

    TestComplaints complaints() {
        if (complaints == null) {
            complaints = new TestComplaints(json);
        }
        return complaints;
    }

    @Test
    void aThreatInALaterMessageEscalatesTheComplaintInANewRevision() throws Exception {
        UUID complaintId = complaints().complain("My parcel is late, please check.");
        TestComplaints.awaitRevision(complaintId, 1);
        given().get("/triage/{id}", complaintId).then().body("priority", not(equalTo("P1")));

        addMessage(complaintId, "If nobody fixes this today I will burn it down");

        // Awaits the message's revision by its effect: placing into an incident may publish a revision too.
        await().atMost(TestComplaints.WAIT).until(() -> given().get("/triage/{id}", complaintId).jsonPath()
                .getList("flags").contains("threat"));
        given().get("/triage/{id}", complaintId).then()
                .body("priority", equalTo("P1"))
                .body("flags", hasItem("threat"))
                .body("team", equalTo("safety-legal"));
    }

    @Test
    void aMessageThatArrivesBeforeItsComplaintIsReadWithIt() throws Exception {
        UUID complaintId = UUID.randomUUID();
        addMessage(complaintId, "Saya akan saman korang di mahkamah");
        QuarkusTransaction.requiringNew().run(() -> { });
        org.awaitility.Awaitility.await().atMost(TestComplaints.WAIT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) db.createNativeQuery("select count(*) from pending_message where complaint_id = :id")
                        .setParameter("id", complaintId).getSingleResult()).longValue()) == 1);

        complaints().publish(io.redress.events.v1.ComplaintReceived.TOPIC, complaintId.toString(),
                io.redress.events.v1.ComplaintReceived.TYPE,
                complaints().received(complaintId, "Barang saya belum sampai lagi.", "public", 0));

        TestComplaints.awaitRevision(complaintId, 1);
        given().get("/triage/{id}", complaintId).then().body("flags", hasItem("legal-threat"));
    }

    @Test
    void aPostIsScoredAndTheScoreIsPublished() throws Exception {
        UUID postId = UUID.randomUUID();
        ObjectNode post = json.createObjectNode();
        post.put("postId", postId.toString());
        post.put("channel", "x");
        post.put("externalId", "post-" + postId);
        post.putObject("author").put("handle", "@someone").put("followers", 10);
        post.put("text", "ShopCo charged me twice and nobody answers. Useless.");
        post.put("receivedAt", "2026-11-23T09:00:00Z");
        try (var scored = new KafkaTopicReader(KafkaTopicReader.topic(PostScored.TOPIC))) {
            complaints().publish(PostReceived.TOPIC, postId.toString(), PostReceived.TYPE, post);
            JsonNode score = json.readTree(scored.await(r -> postId.toString().equals(r.key()), 1, TestComplaints.WAIT)
                    .get(0).value());
            assertTrue(score.get("complaintScore").asDouble() >= 0.5, score.toString());
            assertEquals("en", score.get("language").asText());
        }
    }

    @Test
    void anErasureForgetsTheTextAndMatchedWordsButKeepsTheDecision() throws Exception {
        UUID complaintId = complaints().complain("You thieves charged me twice, I will sue you");
        TestComplaints.awaitRevision(complaintId, 1);
        given().contentType("application/json").body("{\"priority\":\"P1\"}").put("/triage/{id}", complaintId)
                .then().statusCode(200);

        ObjectNode erasure = json.createObjectNode();
        erasure.put("customerId", UUID.randomUUID().toString());
        erasure.putArray("complaintIds").add(complaintId.toString());
        erasure.put("erasedAt", "2026-11-23T11:00:00Z");
        complaints().publish(CustomerErased.TOPIC, erasure.get("customerId").asText(), CustomerErased.TYPE, erasure);

        awaitErasure(complaintId);
        given().get("/triage/{id}", complaintId).then()
                .body("erasedAt", notNullValue())
                .body("priority", equalTo("P1"))
                .body("flags", hasItem("legal-threat"))
                .body("reasons", everyItem(not(containsString("sue"))))
                .body("reasons", everyItem(not(containsString("thieves"))));
        long texts = QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select count(*) from triage t join triage_correction c using (complaint_id) "
                        + "where t.complaint_id = :id and (t.text is not null or c.text is not null)")
                .setParameter("id", complaintId).getSingleResult()).longValue());
        assertEquals(0, texts);
    }

    @Test
    void anErasureKeepsOnlyWhatTheKeywordsNamedOfTheProblemSignature() throws Exception {
        UUID complaintId = complaints().complain("Charged twice for the premium membership renewal 98765432, awful");
        // The signature is read when the complaint is placed into incidents, just after its decision.
        await().atMost(TestComplaints.WAIT).until(() -> features(complaintId) != null);
        assertEquals("c:billing,id:98765432,w:membe,w:premi,w:renew", features(complaintId));

        ObjectNode erasure = json.createObjectNode();
        erasure.put("customerId", UUID.randomUUID().toString());
        erasure.putArray("complaintIds").add(complaintId.toString());
        erasure.put("erasedAt", "2026-11-23T11:00:00Z");
        complaints().publish(CustomerErased.TOPIC, erasure.get("customerId").asText(), CustomerErased.TYPE, erasure);

        awaitErasure(complaintId);
        assertEquals("c:billing", features(complaintId));
    }

    /** The erasure's own revision: placing into an incident may publish one of its own before or after it. */
    private static void awaitErasure(UUID complaintId) {
        await().atMost(TestComplaints.WAIT).until(() -> given().get("/triage/{id}", complaintId).jsonPath()
                .getString("erasedAt") != null);
    }

    /** The stored signature; null until the complaint is decided and placed. */
    private String features(UUID complaintId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(
                "select array_to_string(features, ',') from triage where complaint_id = :id")
                .setParameter("id", complaintId).getResultList());
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
