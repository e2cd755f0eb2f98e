package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes {@code complaints.received.v1} CloudEvents in Kafka binary mode, exactly as intake's outbox relay does,
 * so triage can be measured on its own. The texts are triage's labelled evaluation set (a dozen languages,
 * complaints and non-complaints, short posts and letters), picked at random with a fixed seed.
 */
final class ReceivedEvents implements AutoCloseable {

    static final String TOPIC = "complaints.received.v1";
    private static final String TYPE = "io.redress.complaint.received.v1";

    private record Sample(String text, String channel, String visibility) {
    }

    private final ObjectMapper json;
    private final String topic;
    private final List<Sample> samples;
    private final SplittableRandom random = new SplittableRandom(42);
    private final KafkaProducer<String, String> producer;
    private volatile Exception failure;

    ReceivedEvents(String bootstrap, String prefix, Path texts, ObjectMapper json) {
        this.json = json;
        this.topic = prefix + TOPIC;
        this.samples = load(texts, json);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(props);
    }

    int sampleCount() {
        return samples.size();
    }

    /** Sends one new complaint and returns its id; the send is asynchronous, {@link #flush()} waits for all. */
    UUID send() {
        UUID id = UUID.randomUUID();
        Sample sample = samples.get(random.nextInt(samples.size()));
        ObjectNode event = json.createObjectNode();
        event.put("complaintId", id.toString());
        event.put("channel", sample.channel());
        event.put("externalId", "triage-bench-" + id);
        ObjectNode author = event.putObject("author");
        author.put("handle", "@bench_" + Long.toHexString(id.getMostSignificantBits()));
        author.put("displayName", "Bench Customer");
        if ("public".equals(sample.visibility())) {
            author.put("followers", 20 + random.nextInt(5_000));
        }
        event.put("text", sample.text());
        event.put("visibility", sample.visibility());
        event.put("receivedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        var record = new ProducerRecord<>(topic, id.toString(), event.toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", TYPE);
        header(record, "ce_source", "/redress/bench");
        header(record, "content-type", "application/json");
        // The callback runs on the producer's thread: the failure is kept and reported by flush().
        producer.send(record, (metadata, e) -> {
            if (e != null && failure == null) {
                failure = e;
            }
        });
        return id;
    }

    /** Waits for every send; a send that failed stops the bench, since its complaint would never be decided. */
    void flush() {
        producer.flush();
        if (failure != null) {
            throw new BenchException("could not publish to " + topic + ": " + failure.getMessage());
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Sample> load(Path texts, ObjectMapper json) {
        List<Sample> samples = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(texts, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode example = json.readTree(line);
                samples.add(new Sample(example.path("text").asText(), example.path("channel").asText("email"),
                        example.path("visibility").asText("private")));
            }
        } catch (IOException e) {
            throw new BenchException("cannot read texts from " + texts + ": " + e.getMessage());
        }
        if (samples.isEmpty()) {
            throw new BenchException(texts + " holds no texts");
        }
        return samples;
    }

    @Override
    public void close() {
        producer.close();
    }
}
