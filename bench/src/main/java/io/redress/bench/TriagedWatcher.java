package io.redress.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Notes when each complaint's first {@code complaints.triaged.v1} record reached this process. Later revisions
 * (an incident linking the complaint) are ignored. The run's topics are new, so it reads them from the start,
 * without a consumer group.
 */
final class TriagedWatcher implements AutoCloseable {

    static final String TOPIC = "complaints.triaged.v1";

    private final Map<UUID, Long> arrivals = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread thread;
    private volatile RuntimeException failure;

    TriagedWatcher(String bootstrap, String prefix) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        this.consumer = new KafkaConsumer<>(props);
        this.topic = prefix + TOPIC;
        this.thread = new Thread(this::poll, "triaged-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Waits until the watcher has its partitions, so nothing published afterwards can be missed. */
    void awaitReady() throws InterruptedException {
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new BenchException("topic " + topic + " did not appear within 60 s (is triage consuming?)");
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** When the complaint's first decision arrived (System.nanoTime), or null. */
    Long arrival(UUID complaintId) {
        return arrivals.get(complaintId);
    }

    long countOf(List<UUID> ids) {
        return ids.stream().filter(arrivals::containsKey).count();
    }

    RuntimeException failure() {
        return failure;
    }

    private void poll() {
        try {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty()) {
                // Triage's relay creates the topic on its first send; until then there is nothing to assign.
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                if (partitions.isEmpty()) {
                    Thread.sleep(200);
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            ready.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.key() != null) {
                        arrivals.putIfAbsent(UUID.fromString(record.key()), now);
                    }
                }
            }
        } catch (WakeupException | InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            ready.countDown();
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(5_000);
        consumer.close();
    }
}
