package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches {@code cases.opened.v1} and notes, per complaint id, when its CaseOpened reached this process. Uses
 * assign + seek-to-end (no consumer group) so it never disturbs the services' groups and only sees cases opened
 * after it was ready. Polls on its own thread; the maps are read concurrently by the steady phase.
 */
final class CaseWatcher implements AutoCloseable {

    static final String TOPIC = "cases.opened.v1";
    static final String TYPE = "io.redress.case.opened.v1";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);

    /** When the record was polled here (System.nanoTime) and the service's own openedAt stamp, if parseable. */
    record Arrival(long nanos, Instant openedAt) {
    }

    private final String bootstrap;
    private final ObjectMapper json;
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final LongAdder records = new LongAdder();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile RuntimeException failure;

    private CaseWatcher(String bootstrap, ObjectMapper json) {
        this.bootstrap = bootstrap;
        this.json = json;
        this.thread = new Thread(this::pollLoop, "case-watcher");
        this.thread.setDaemon(true);
    }

    /** Returns once the watcher is positioned at the end of every partition, so nothing sent later is missed. */
    static CaseWatcher start(String bootstrap, ObjectMapper json) throws InterruptedException {
        CaseWatcher watcher = new CaseWatcher(bootstrap, json);
        watcher.thread.start();
        boolean signalled = watcher.ready.await(KAFKA_TIMEOUT.toSeconds() * 3, TimeUnit.SECONDS);
        if (!signalled || watcher.failure != null) {
            watcher.close();
            throw watcher.failure != null ? watcher.failure
                    : new BenchException("case watcher did not get ready within " + KAFKA_TIMEOUT.toSeconds() * 3 + " s");
        }
        return watcher;
    }

    Arrival arrivalOf(String complaintId) {
        return arrivals.get(complaintId);
    }

    long recordsSeen() {
        return records.sum();
    }

    /** A failure after start-up (broker gone mid-run), or null. */
    RuntimeException failure() {
        return failure;
    }

    private void pollLoop() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config())) {
            consumer = kafka;
            List<PartitionInfo> partitions = kafka.partitionsFor(TOPIC, KAFKA_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                throw new BenchException("topic " + TOPIC + " does not exist on " + bootstrap
                        + " (has followup started and created it?)");
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(assigned);
            kafka.seekToEnd(assigned);
            // seekToEnd is lazy; asking for the position makes the seek happen now, before any complaint is sent.
            assigned.forEach(tp -> kafka.position(tp, KAFKA_TIMEOUT));
            ready.countDown();

            while (running) {
                var batch = kafka.poll(Duration.ofMillis(100));
                long now = System.nanoTime(); // one instant per batch: records in it arrived together
                for (ConsumerRecord<String, byte[]> record : batch) {
                    records.increment();
                    note(record, now);
                }
            }
        } catch (WakeupException e) {
            // close() woke us up: normal end
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            failure = new BenchException("Kafka at " + bootstrap + " did not answer within "
                    + KAFKA_TIMEOUT.toSeconds() + " s (is the broker running?)");
        } catch (BenchException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new BenchException("case watcher failed: " + IntakeClient.describe(e), e);
        } finally {
            ready.countDown();
        }
    }

    private void note(ConsumerRecord<String, byte[]> record, long now) {
        Header type = record.headers().lastHeader("ce_type");
        if (type != null && !TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return; // some other event type shares the topic: not a case opening
        }
        String complaintId = record.key();
        Instant openedAt = null;
        try {
            JsonNode value = record.value() == null ? null : json.readTree(record.value());
            if (value != null) {
                if (complaintId == null && value.hasNonNull("complaintId")) {
                    complaintId = value.get("complaintId").asText();
                }
                if (value.hasNonNull("openedAt")) {
                    openedAt = Instant.parse(value.get("openedAt").asText());
                }
            }
        } catch (java.io.IOException | java.time.format.DateTimeParseException e) {
            // the arrival time is still valid without the server's stamp
        }
        if (complaintId != null) {
            arrivals.putIfAbsent(complaintId, new Arrival(now, openedAt)); // first sighting wins
        }
    }

    private Properties config() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "redress-bench-case-watcher");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // Deliver as soon as anything is there; the broker's default wait would add up to 500 ms when idle.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(KAFKA_TIMEOUT.toMillis()));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> kafka = consumer;
        if (kafka != null) {
            kafka.wakeup(); // interrupts a blocking poll or metadata wait
        }
        try {
            thread.join(KAFKA_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
