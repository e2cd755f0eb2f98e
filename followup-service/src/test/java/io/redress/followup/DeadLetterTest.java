package io.redress.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Every new consumer parks what it can never handle on its own dead-letter topic. */
@QuarkusTest
class DeadLetterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"complaints.messages.v1", "replies.delivered.v1", "incidents.v1", "privacy.erasures.v1"})
    void aRecordFailingItsContractGoesToTheConsumersDeadLetterTopic(String name) throws Exception {
        String topic = KafkaTopicReader.topic(name);
        String key = UUID.randomUUID().toString();
        try (var deadLetters = new KafkaTopicReader(topic + ".followup.dlq"); var writer = new CloudEventWriter()) {
            writer.send(topic, key, UUID.randomUUID().toString(), "io.redress.test", "{\"not\": \"the contract\"}");
            writer.send(topic, key + "-plain", null, null, "not even JSON");
            assertEquals(2, deadLetters.await(r -> r.key().startsWith(key), 2, Duration.ofSeconds(30)).size());
        }
    }
}
