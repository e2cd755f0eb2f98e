package io.redress.triage.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.redress.events.v1.ComplaintReceived;
import io.redress.triage.observability.ComplaintInLogs;
import io.redress.triage.service.Triager;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;

/**
 * Triage's intake: received complaints, at least once, a Kafka poll at a time; duplicates are dropped by event id.
 * A malformed record is parked on the dead-letter topic on its own. When the batch as a whole cannot be decided,
 * each complaint is tried alone, so one bad complaint parks only itself and the rest go through. A batch that
 * fails while the service stops is left unacknowledged, to be read again by the partition's next consumer
 * ({@link DeadLetters}).
 */
@ApplicationScoped
public class ComplaintReceivedConsumer {

    private static final Logger LOG = Logger.getLogger(ComplaintReceivedConsumer.class);

    private final EventReader events;
    private final Triager triager;
    private final DeadLetters deadLetters;

    ComplaintReceivedConsumer(EventReader events, Triager triager, DeadLetters deadLetters) {
        this.events = events;
        this.triager = triager;
        this.deadLetters = deadLetters;
    }

    @Incoming("complaints-received")
    @Blocking
    @SuppressWarnings("unchecked")
    public CompletionStage<Void> consume(Message<List<String>> batch) {
        if (deadLetters.stopping()) {
            // The database may be closed already: what still arrives is left to the partition's next consumer.
            return CompletableFuture.completedFuture(null);
        }
        List<Message<?>> received = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalStateException("complaints-received must be consumed in batches"))
                .getBatchedMessages();
        List<Message<?>> records = new ArrayList<>();
        List<Triager.Received> readable = new ArrayList<>();
        List<CompletableFuture<Void>> parked = new ArrayList<>();
        for (Message<?> record : received) {
            ComplaintInLogs.name(record);
            try {
                readable.add(new Triager.Received(events.id(record), events.read((String) record.getPayload(),
                        ComplaintReceived.class, ComplaintReceived.SCHEMA),
                        ComplaintInLogs.header(record, "traceparent").orElse(null)));
                records.add(record);
            } catch (MalformedEvent e) {
                LOG.warnf("Parking a malformed ComplaintReceived on the dead-letter topic: %s", e.getMessage());
                parked.add(record.nack(e).toCompletableFuture());
            }
        }
        boolean decided = true;
        try {
            triager.triage(readable);
        } catch (RuntimeException batchFailure) {
            decided = oneByOne(readable, records, parked, batchFailure);
        }
        MDC.remove(ComplaintInLogs.KEY);
        // Parked records must reach the dead-letter topic before the batch's offsets are committed past them.
        CompletableFuture<Void> parking = CompletableFuture.allOf(parked.toArray(CompletableFuture[]::new));
        return decided ? parking.thenCompose(done -> batch.ack()) : parking;
    }

    /** Each complaint alone, parking only those that fail alone; false when the service began to stop meanwhile. */
    private boolean oneByOne(List<Triager.Received> readable, List<Message<?>> records,
            List<CompletableFuture<Void>> parked, RuntimeException batchFailure) {
        if (deadLetters.stopping()) {
            LOG.infof("A batch of %d complaints failed while the service stops (%s); leaving it for redelivery",
                    readable.size(), batchFailure.getMessage());
            return false;
        }
        LOG.warnf("A batch of %d complaints could not be decided (%s); deciding them one by one",
                readable.size(), batchFailure.getMessage());
        for (int i = 0; i < readable.size(); i++) {
            ComplaintInLogs.name(records.get(i));
            try {
                triager.triage(List.of(readable.get(i)));
            } catch (RuntimeException e) {
                if (deadLetters.stopping()) {
                    LOG.infof("Leaving the rest of a batch for redelivery: the service stops (%s)", e.getMessage());
                    return false;
                }
                LOG.errorf(e, "Parking complaint %s on the dead-letter topic",
                        readable.get(i).complaint().complaintId());
                parked.add(records.get(i).nack(e).toCompletableFuture());
            }
        }
        return true;
    }
}
