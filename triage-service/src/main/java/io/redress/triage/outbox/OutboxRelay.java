package io.redress.triage.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.redress.triage.observability.TraceParent;
import io.redress.triage.repository.QueueVacuum;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and deletes them once Kafka has acknowledged
 * them (acks=all, idempotent producer). If Kafka is away the rows stay and are retried with backoff, so an
 * event is published at least once and never for a rolled-back transaction; consumers drop duplicates by
 * CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository events;
    private final OutboxConfig config;
    private final Emitter<String> kafka;
    private final QueueVacuum vacuum;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(OutboxRepository events, OutboxConfig config,
            @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<String> kafka,
            QueueVacuum vacuum) {
        this.events = events;
        this.config = config;
        this.kafka = kafka;
        this.vacuum = vacuum;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(config.sendTimeout().toMillis());
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wakeUp.release();
    }

    private void relayUntilStopped() {
        Duration wait = config.pollInterval();
        while (running) {
            try {
                if (wakeUp.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    Thread.sleep(config.linger().toMillis());
                }
                wakeUp.drainPermits();
                int relayed;
                do {
                    relayed = relayBatch();
                    vacuum.deleted("outbox_event", relayed);
                    // a full batch means more are waiting: keep going without sleeping
                } while (running && relayed == config.batchSize());
                wait = config.pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                wait = min(wait.multipliedBy(2), config.maxBackoff());
                LOG.warnf("Outbox relay could not publish, retrying in %s: %s", wait, e.getMessage());
            }
        }
    }

    /** Publishes one batch in one transaction; returns how many events left. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) config.sendTimeout().toSeconds() + 5)
                .call(() -> {
                    // Losing this commit in a crash only republishes the batch, which consumers drop as duplicates.
                    events.skipWaitingForDurableCommit();
                    List<OutboxEvent> batch = events.lockOldest(config.batchSize());
                    if (batch.isEmpty()) {
                        return 0;
                    }
                    CompletableFuture.allOf(batch.stream().map(this::publish).toArray(CompletableFuture[]::new))
                            .get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    events.deleteAll(batch);
                    return batch.size();
                });
    }

    private CompletableFuture<Void> publish(OutboxEvent event) {
        var acknowledged = new CompletableFuture<Void>();
        Message<String> message = Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(config.topicPrefix().orElse("") + event.topic)
                        .withKey(event.eventKey)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId.toString())
                        .withType(event.eventType)
                        .withSource(URI.create(config.source()))
                        .withSubject(event.eventKey)
                        .withDataContentType("application/json")
                        .withDataSchema(URI.create(event.dataSchema))
                        .withTimestamp(event.createdAt.atZone(ZoneOffset.UTC))
                        .build())
                .withAck(() -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        if (event.traceParent != null) {
            // The producer span, and so the record's traceparent header, continues the writer's trace.
            message = message.addMetadata(TracingMetadata.withCurrent(TraceParent.restore(event.traceParent)));
        }
        kafka.send(message);
        return acknowledged;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
