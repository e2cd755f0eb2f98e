package io.redress.triage;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.redress.events.v1.ComplaintReceived;

@QuarkusTest
class ComplaintInLogsTest {

    @Test
    void whatIsLoggedWhileHandlingAnEventNamesItsComplaint() throws Exception {
        List<ExtLogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && record.getLoggerName().startsWith("io.redress.triage.events")) {
                    ext.copyMdc();
                    logged.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        String complaintId = UUID.randomUUID().toString();
        // Fails its schema, so the consumer logs that it parks it.
        var record = new ProducerRecord<>(KafkaTopicReader.topic(ComplaintReceived.TOPIC), complaintId, "{}");
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", ComplaintReceived.TYPE,
                "ce_source", "/tests", "ce_subject", complaintId, "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(record).get();

            await().atMost(Duration.ofSeconds(30)).until(() -> logged.stream()
                    .anyMatch(line -> complaintId.equals(line.getMdc("complaintId"))));
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }
}
