package io.redress.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * A complaint's whole path through the real broker and three real databases: intake → triage → follow-up.
 */
@ExtendWith(SharedSuite.class)
class ComplaintJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Suite suite;

    @BeforeAll
    static void useTheSharedSuite() {
        suite = SharedSuite.suite();
    }

    static Map<String, Object> complaint(String channel, String text, String visibility, long followers) {
        var body = new HashMap<String, Object>();
        body.put("channel", channel);
        body.put("externalId", UUID.randomUUID().toString());
        body.put("author", Map.of("handle", "@customer-" + followers, "followers", followers));
        body.put("text", text);
        body.put("visibility", visibility);
        return body;
    }

    static String post(Map<String, Object> body, int expectedStatus) {
        return given().baseUri(suite.intake.baseUri()).contentType(ContentType.JSON).body(body)
                .post("/complaints").then().statusCode(expectedStatus).extract().path("id");
    }

    static Map<String, Object> awaitCase(String complaintId) {
        await().atMost(WAIT).until(() -> !given().baseUri(suite.followup.baseUri())
                .queryParam("complaintId", complaintId).get("/cases").jsonPath().getList("$").isEmpty());
        return given().baseUri(suite.followup.baseUri()).queryParam("complaintId", complaintId).get("/cases")
                .jsonPath().getMap("[0]");
    }

    static long count(String service, String sql, String parameter) throws SQLException {
        try (Connection db = suite.database(service); var query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void everyComplaintBecomesATriagedCaseWhateverItsLanguage() {
        record Sent(String id, String language, String priority) {
        }
        var sent = new ArrayList<Sent>();
        sent.add(new Sent(post(complaint("x", "You lost my luggage and nobody answers. Unacceptable!", "public",
                48_000), 201), "en", "P2"));
        sent.add(new Sent(post(complaint("email",
                "আমার অর্ডার তিন সপ্তাহেও আসেনি, আর গ্রাহক সেবা থেকে কেউ আমার ইমেইলের উত্তর দিচ্ছে না।", "private", 0),
                201), "bn", "P3"));
        sent.add(new Sent(post(complaint("facebook",
                "Pesanan saya masih belum sampai selepas tiga minggu dan khidmat pelanggan tidak menjawab.", "public",
                300), 201), "ms", "P3"));
        sent.add(new Sent(post(complaint("review",
                "Mans pasūtījums nav atnācis jau trīs nedēļas, un klientu apkalpošana neatbild uz e-pastiem.",
                "public", 20), 201), "lv", "P3"));
        for (int i = 0; i < 16; i++) {
            sent.add(new Sent(post(complaint("webform", "Order " + i + " arrived damaged and the box was open.",
                    "private", 0), 201), "en", "P3"));
        }

        for (Sent complaint : sent) {
            Map<String, Object> opened = awaitCase(complaint.id());
            assertEquals(complaint.priority(), opened.get("priority"), "priority of " + complaint);
            assertEquals(complaint.language(), opened.get("language"), "language of " + complaint);
            given().baseUri(suite.triage.baseUri()).get("/triage/{id}", complaint.id())
                    .then().statusCode(200).body("language", equalTo(complaint.language()));
        }
    }

    @Test
    void aRepeatedPostDuplicatesNothingInAnyOfTheThreeDatabases() throws Exception {
        var body = complaint("x", "Charged twice for one ticket. Fix it.", "public", 900);
        String id = post(body, 201);
        assertEquals(id, post(body, 200));
        assertEquals(id, post(body, 200));
        awaitCase(id);
        String marker = post(complaint("forum", "marker", "public", 0), 201);
        awaitCase(marker);

        assertEquals(1, count("intake", "select count(*) from complaint where external_id = ?",
                (String) body.get("externalId")));
        assertEquals(1, count("triage", "select count(*) from triage where complaint_id = ?::uuid", id));
        assertEquals(1, count("followup", "select count(*) from support_case where complaint_id = ?::uuid", id));
        assertEquals(0, count("intake", "select count(*) from outbox_event where event_key = ?", id),
                "the outbox is drained once published");
    }

    @Test
    void complaintsPostedWhileTriageIsStoppedAreCasesOnceItIsBack() throws Exception {
        suite.triage.stop();
        var whileDown = new ArrayList<String>();
        try {
            for (int i = 0; i < 10; i++) {
                whileDown.add(post(complaint("youtube", "Video " + i + ": the app crashes on start since update.",
                        "public", i * 100L), 201));
            }
            Thread.sleep(2_000);
            for (String id : whileDown) {
                assertEquals(0, count("followup", "select count(*) from support_case where complaint_id = ?::uuid",
                        id), "no case can open while triage is down");
            }
        } finally {
            suite.triage.start();
        }

        for (String id : whileDown) {
            awaitCase(id);
            assertEquals(1, count("followup", "select count(*) from support_case where complaint_id = ?::uuid", id),
                    "exactly one case for " + id);
        }
    }
}
