package io.redress.followup;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.ComplaintReceived;

/** Publishes contract records to the real broker as the other services would. */
@ApplicationScoped
public class EventPublisher {

    private final ObjectMapper json;

    EventPublisher(ObjectMapper json) {
        this.json = json;
    }

    public void publish(String topic, String key, String type, Object event) throws Exception {
        try (var writer = new CloudEventWriter()) {
            writer.send(KafkaTopicReader.topic(topic), key, UUID.randomUUID().toString(), type,
                    json.writeValueAsString(event));
        }
    }

    public void message(UUID complaintId, String text, String visibility, Instant at) throws Exception {
        publish(ComplaintMessageAdded.TOPIC, complaintId.toString(), ComplaintMessageAdded.TYPE,
                new ComplaintMessageAdded(complaintId, UUID.randomUUID(), "x", "ext-" + UUID.randomUUID(),
                        new ComplaintReceived.Author("@rina", null, null), text, visibility, at, false));
    }
}
