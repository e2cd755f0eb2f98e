package io.redress.triage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.ComplaintReceived;
import io.redress.events.v1.IncidentUpdated;
import io.redress.events.v1.SpikeDetected;
import io.redress.triage.model.Incident;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.repository.TriageRepository;

@QuarkusTest
class IncidentsTest {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager db;

    @Inject
    DataSource dataSource;

    @Inject
    TriageRepository decisions;

    /** Placing follows the decision: a complaint is placed once it has left the incident queue. */
    void awaitPlaced(UUID complaintId) {
        await().atMost(TestComplaints.WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from triage t where t.complaint_id = :id and not exists "
                        + "(select 1 from incident_queue q where q.complaint_id = t.complaint_id)")
                .setParameter("id", complaintId).getSingleResult()).longValue() == 1));
    }

    void awaitLinked(List<UUID> complaintIds) {
        for (UUID id : complaintIds) {
            await().atMost(TestComplaints.WAIT).until(() -> incidentOf(id) != null);
        }
    }

    String incidentOf(UUID complaintId) {
        return given().get("/triage/{id}", complaintId).jsonPath().getString("incidentId");
    }

    @Test
    @TestSecurity(user = "sam", roles = "supervisor")
    void similarComplaintsInSeveralLanguagesBecomeOneIncidentThatASupervisorResolves() throws Exception {
        var complaints = new TestComplaints(json);
        try (var updates = new KafkaTopicReader(KafkaTopicReader.topic(IncidentUpdated.TOPIC))) {
            UUID english = complaints.complain("The app keeps crashing since the update, it is broken");
            UUID malay = complaints.complain("Aplikasi rosak, tak boleh guna langsung sejak semalam");
            UUID latvian = complaints.complain("Lietotne nestrādā kopš vakardienas, viss ir bojāts");
            awaitLinked(List.of(english, malay, latvian));
            String incident = incidentOf(english);
            assertEquals(incident, incidentOf(malay));
            assertEquals(incident, incidentOf(latvian));
            for (UUID id : List.of(english, malay, latvian)) {
                // Joining is a new revision of the decision, stored with its reason as it was announced.
                given().get("/triage/{id}", id).then()
                        .body("revision", equalTo(2))
                        .body("reasons", hasItem(startsWith("incident " + incident + ": ")));
            }

            given().get("/incidents?status=open").then().statusCode(200).body("id", hasItem(incident));
            given().get("/incidents/{id}", incident).then()
                    .statusCode(200)
                    .body("category", equalTo("product-defect"))
                    .body("product", equalTo("mobile-app"))
                    .body("complaints.complaintId", hasItems(english.toString(), malay.toString(), latvian.toString()));

            given().contentType("application/json").body("{\"note\":\"Fixed in app version 2.4.1\"}")
                    .post("/incidents/{id}/resolve", incident).then()
                    .statusCode(200)
                    .body("status", equalTo("resolved"))
                    .body("resolvedBy", equalTo("sam"));
            JsonNode resolved = json.readTree(updates.await(r -> incident.equals(r.key())
                    && r.value().contains("\"resolved\""), 1, TestComplaints.WAIT).get(0).value());
            assertEquals("Fixed in app version 2.4.1", resolved.get("resolutionNote").asText());

            given().contentType("application/json").body("{\"note\":\"again\"}")
                    .post("/incidents/{id}/resolve", incident).then().statusCode(409);
            given().contentType("application/json").body("{}").post("/incidents/{id}/resolve", incident).then()
                    .statusCode(400).body("violations.field", hasItem("note"));
        }
    }

    @Test
    @TestSecurity(user = "sam", roles = "supervisor")
    void theSameProblemGroupsAcrossLanguagesWhileOtherProblemsOfTheSameCategoryAndProductStayApart() throws Exception {
        var complaints = new TestComplaints(json);
        UUID photos = complaints.complain("The app is broken: photos upload blurry and the camera button does nothing");
        UUID english = complaints.complain("The app crashes at login with error E-502");
        UUID malay = complaints.complain("Aplikasi crash masa log masuk, ralat E-502");
        UUID malayPhotos = complaints.complain("Aplikasi rosak, gambar kabur selepas upload dan butang kamera mati");
        UUID latvian = complaints.complain("Lietotne avarē pieslēdzoties, kļūda E-502");
        UUID bengali = complaints.complain("অ্যাপ কাজ করছে না, লগইন করলেই E-502 এরর দেখায়");
        List<UUID> crash = List.of(english, malay, latvian, bengali);
        awaitLinked(crash);
        String incident = incidentOf(english);
        for (UUID id : crash) {
            assertEquals(incident, incidentOf(id));
        }
        // The same words, imported days later than they were written, are not part of today's incident.
        UUID imported = UUID.randomUUID();
        ObjectNode old = complaints.received(imported, "The app crashes at login with error E-502", "public", 0);
        old.put("receivedAt", "2026-11-19T09:00:00Z");
        complaints.publish(ComplaintReceived.TOPIC, imported.toString(), ComplaintReceived.TYPE, old);
        awaitPlaced(imported);
        assertNotEquals(incident, incidentOf(imported), "an old complaint does not join today's incident");
        for (UUID id : List.of(photos, malayPhotos)) {
            awaitPlaced(id);
            given().get("/triage/{id}", id).then()
                    .body("category", equalTo("product-defect"))
                    .body("product", equalTo("mobile-app"));
            assertNotEquals(incident, incidentOf(id), "a blurry photo is not the login crash");
        }
        given().get("/incidents/{id}", incident).then()
                .statusCode(200)
                .body("category", equalTo("product-defect"))
                .body("product", equalTo("mobile-app"))
                .body("title", containsString("e-502"))
                .body("complaints.complaintId", hasItems(crash.stream().map(UUID::toString).toArray(String[]::new)))
                .body("complaints.complaintId", not(hasItem(photos.toString())))
                .body("complaints.complaintId", not(hasItem(malayPhotos.toString())));
    }

    @Test
    @TestSecurity(user = "ana", roles = "agent")
    void aComplaintDecidedWithItsSignatureStoresItAndOneQueuedWithoutIsSignedWhenPlaced() throws Exception {
        UUID complaintId = new TestComplaints(json).complain("Checkout fails with error QX-4471 on my tablet");
        TestComplaints.awaitRevision(complaintId, 1);
        assertThat(features(complaintId), hasItem("code:qx4471"));
        // As an earlier version queued it: no signature. Its lock keeps the placer off until it is in place.
        try (var held = new ComplaintLockHolder(dataSource, complaintId);
                Connection writer = dataSource.getConnection()) {
            try (PreparedStatement unsign = writer.prepareStatement("update triage set features = null "
                    + "where complaint_id = ?");
                    PreparedStatement queue = writer.prepareStatement("insert into incident_queue "
                            + "(complaint_id, queued_at, received_at) select complaint_id, now(), received_at "
                            + "from triage where complaint_id = ? on conflict do nothing")) {
                unsign.setObject(1, complaintId);
                unsign.executeUpdate();
                queue.setObject(1, complaintId);
                queue.executeUpdate();
            }
        }
        awaitPlaced(complaintId);
        assertThat(features(complaintId), hasItem("code:qx4471"));
    }

    @Test
    @TestSecurity(user = "ana", roles = "agent")
    void aLinkIsNotWrittenOverADecisionThatChangedWhileItWasPlaced() throws Exception {
        UUID complaintId = new TestComplaints(json).complain("The scanner app shows error ZK-3310 on every start");
        TestComplaints.awaitRevision(complaintId, 1);
        awaitPlaced(complaintId);
        int stored = given().get("/triage/{id}", complaintId).jsonPath().getInt("revision");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            TriageDecision read = decisions.readOnly(complaintId);
            // Meanwhile a further message makes a new revision.
            db.createNativeQuery("update triage set revision = revision + 1 where complaint_id = :id")
                    .setParameter("id", complaintId).executeUpdate();
            read.revision++;
            read.triagedAt = Instant.now();
            read.reasons = List.of("incident placed over a stale read");
            decisions.recordLinks(List.of(read));
        }));
        given().get("/triage/{id}", complaintId).then().body("revision", equalTo(stored))
                .body("reasons", not(hasItem("incident placed over a stale read")));
    }

    @Test
    @TestSecurity(user = "ana", roles = "agent")
    void anIncidentIsNotWrittenOverAChangeMadeAfterItWasRead() throws Exception {
        var complaints = new TestComplaints(json);
        UUID first = complaints.complain("The app crashes at checkout with error KV-8812, it is broken");
        UUID second = complaints.complain("The app crashes at checkout, error KV-8812 every time");
        UUID third = complaints.complain("App crashes at checkout again with error KV-8812");
        awaitLinked(List.of(first, second, third));
        UUID incidentId = UUID.fromString(incidentOf(first));
        int before = linkedCount(incidentId);
        assertThrows(OptimisticLockException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Incident read = db.find(Incident.class, incidentId);
            // Meanwhile another replica's placer links a complaint to it, in a transaction of its own.
            QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery("update incident set "
                    + "complaints = complaints + 1, version = version + 1 where id = :id").setParameter("id", incidentId)
                    .executeUpdate());
            read.complaints++;
            db.flush();
        }));
        assertEquals(before + 1, linkedCount(incidentId), "the other placer's link stands");
    }

    private int linkedCount(UUID incidentId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select complaints from incident where id = :id").setParameter("id", incidentId).getSingleResult())
                .intValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> features(UUID complaintId) {
        Object features = QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(
                "select features from triage where complaint_id = :id").setParameter("id", complaintId)
                .getSingleResult());
        return features == null ? List.of() : List.of((String[]) features);
    }

    @Test
    @TestSecurity(user = "ana", roles = "agent")
    void aNewComplaintCountsOnceInItsCategorysVolumeThoughALaterMessageQueuesItAgain() throws Exception {
        await().atMost(TestComplaints.WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from incident_queue").getSingleResult()).longValue() == 0));
        long before = accountAccessVolume();
        var complaints = new TestComplaints(json);
        UUID complaintId = complaints.complain("I cannot log in to my account, the password reset email never comes");
        TestComplaints.awaitRevision(complaintId, 1);
        assertEquals("account-access", given().get("/triage/{id}", complaintId).jsonPath().getString("category"));
        awaitPlaced(complaintId);
        assertEquals(before + 1, accountAccessVolume(), "counted when placed");

        ObjectNode message = json.createObjectNode().put("complaintId", complaintId.toString())
                .put("messageId", UUID.randomUUID().toString()).put("channel", "x")
                .put("externalId", "msg-" + UUID.randomUUID()).put("text", "Still locked out of my account")
                .put("visibility", "public").put("receivedAt", "2026-11-23T10:00:00Z").put("reopened", false);
        message.putObject("author").put("handle", "@customer");
        complaints.publish(ComplaintMessageAdded.TOPIC, complaintId.toString(), ComplaintMessageAdded.TYPE, message);
        TestComplaints.awaitRevision(complaintId, 2);
        awaitPlaced(complaintId);
        assertEquals(before + 1, accountAccessVolume(), "a complaint decided again is not new");
    }

    private long accountAccessVolume() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select coalesce(sum(complaints), 0) from category_volume where category = 'account-access'")
                .getSingleResult()).longValue());
    }

    @Test
    @TestSecurity(user = "olga", roles = { "admin", "supervisor" })
    void aCategoryJumpingAboveItsBaselineRaisesOneSpikeAlert() throws Exception {
        given().contentType("application/json").body("{\"value\":3}").put("/rules/thresholds/spike-min-count")
                .then().statusCode(200);
        var complaints = new TestComplaints(json);
        try (var alerts = new KafkaTopicReader(KafkaTopicReader.topic(SpikeDetected.TOPIC))) {
            for (String text : List.of("Your prices are way too expensive now", "The price went up without notice",
                    "Overpriced and hidden fees everywhere", "Another price hike, too expensive")) {
                complaints.complain(text);
            }
            JsonNode spike = json.readTree(alerts.await(r -> "pricing".equals(r.key()), 1, TestComplaints.WAIT)
                    .get(0).value());
            assertEquals("pricing", spike.get("category").asText());
        } finally {
            given().contentType("application/json").body("{\"value\":10}").put("/rules/thresholds/spike-min-count");
        }
    }

    @Test
    @TestSecurity(user = "ana", roles = "agent")
    void agentsSeeIncidentsButOnlySupervisorsResolveThem() {
        given().get("/incidents").then().statusCode(200);
        given().get("/incidents?status=sleeping").then().statusCode(400).body("violations.field", hasItem("status"));
        given().get("/incidents/{id}", UUID.randomUUID()).then().statusCode(404);
        given().contentType("application/json").body("{\"note\":\"done\"}")
                .post("/incidents/{id}/resolve", UUID.randomUUID()).then().statusCode(403);
    }
}
