package io.redress.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.redress.events.v1.ComplaintReceived;
import io.redress.events.v1.ComplaintTriaged;

@QuarkusTest
class TracePropagationTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    @Test
    void theDecisionIsPublishedInTheTraceOfTheComplaintItDecides() throws Exception {
        String complaintId = UUID.randomUUID().toString();
        String payload = """
                {"complaintId":"%s","channel":"webform","externalId":"trace-%s","author":{"handle":"trace.test"},
                 "text":"The invoice is wrong for the second month running.","visibility":"private",
                 "receivedAt":"2026-11-23T09:00:00Z"}""".formatted(complaintId, complaintId);
        var record = new ProducerRecord<>(KafkaTopicReader.topic(ComplaintReceived.TOPIC), complaintId, payload);
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", ComplaintReceived.TYPE,
                "ce_source", "/tests", "content-type", "application/json",
                "traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        try (var triaged = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintTriaged.TOPIC));
                var producer = new KafkaProducer<String, String>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(record).get();

            var decision = triaged.await(r -> complaintId.equals(r.key()), 1, Duration.ofSeconds(60)).get(0);

            String traceParent = KafkaTopicReader.header(decision, "traceparent");
            assertNotNull(traceParent);
            assertEquals(TRACE_ID, traceParent.split("-")[1]);
        }
    }
}
