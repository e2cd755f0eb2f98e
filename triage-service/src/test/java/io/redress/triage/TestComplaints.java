package io.redress.triage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.redress.events.v1.ComplaintReceived;

/** Writes the events other services would write, and waits for triage to act on them. */
final class TestComplaints {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final ObjectMapper json;

    TestComplaints(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode received(UUID complaintId, String text, String visibility, long followers) {
        ObjectNode event = json.createObjectNode();
        event.put("complaintId", complaintId.toString());
        event.put("channel", "x");
        event.put("externalId", "ext-" + complaintId);
        event.putObject("author").put("handle", "@customer").put("followers", followers);
        event.put("text", text);
        event.put("visibility", visibility);
        event.put("receivedAt", "2026-11-23T09:00:00Z");
        return event;
    }

    void publish(String topic, String key, String type, ObjectNode event) throws Exception {
        try (var writer = new CloudEventWriter()) {
            writer.send(KafkaTopicReader.topic(topic), key, UUID.randomUUID().toString(), type, event.toString());
        }
    }

    UUID complain(String text) throws Exception {
        UUID complaintId = UUID.randomUUID();
        publish(ComplaintReceived.TOPIC, complaintId.toString(), ComplaintReceived.TYPE,
                received(complaintId, text, "public", 0));
        return complaintId;
    }

    static void awaitRevision(UUID complaintId, int revision) {
        await().atMost(WAIT).until(() -> {
            var response = given().get("/triage/{id}", complaintId);
            return response.statusCode() == 200 && response.jsonPath().getInt("revision") >= revision;
        });
    }
}
