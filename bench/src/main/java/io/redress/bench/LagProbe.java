package io.redress.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Consumer lag of the pipeline's groups from the broker's point of view: end offsets minus committed offsets,
 * summed over the topic's partitions. Read-only (AdminClient); it never joins or moves a group.
 */
final class LagProbe implements AutoCloseable {

    static final String RECEIVED_TOPIC = "complaints.received.v1";
    static final String TRIAGED_TOPIC = "complaints.triaged.v1";
    static final String TRIAGE_GROUP = "redress-triage";
    static final String FOLLOWUP_GROUP = "redress-followup";
    /**
     * "Kept up" allows a handful of messages: the services commit offsets periodically, so committed offsets
     * trail the real position a little even when nothing is waiting.
     */
    static final long KEPT_UP_MAX_LAG = 5;
    private static final long TIMEOUT_SECONDS = 10;

    /** Lag of one group on one topic. {@code uncommitted} partitions are counted from the log start. */
    public record GroupLag(String group, String topic, String state, int members, int partitions,
                           long lag, int uncommitted, String error) {

        boolean keptUp() {
            return error == null && lag <= KEPT_UP_MAX_LAG;
        }

        String describe() {
            if (error != null) {
                return "unknown (" + error + ")";
            }
            return Text.count(lag) + " on " + topic + " (" + partitions + " partitions, group " + state + ", "
                    + members + (members == 1 ? " member" : " members")
                    + (uncommitted > 0 ? ", " + uncommitted + " never committed" : "") + ")";
        }
    }

    private final String bootstrap;
    private final Admin admin;

    LagProbe(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "redress-bench-lag-probe");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT_SECONDS * 1000));
        this.admin = Admin.create(props); // connects lazily, on the first call
    }

    /** Both hops of the pipeline, in order. */
    List<GroupLag> pipeline() {
        return List.of(lag(TRIAGE_GROUP, RECEIVED_TOPIC), lag(FOLLOWUP_GROUP, TRIAGED_TOPIC));
    }

    GroupLag lag(String group, String topic) {
        try {
            List<TopicPartition> partitions = partitionsOf(topic);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
            Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
            long lag = 0;
            int uncommitted = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata offset = committed.get(tp); // may be absent or null
                if (offset == null) {
                    uncommitted++;
                }
                long from = offset != null ? offset.offset() : starts.get(tp);
                lag += Math.max(0, ends.get(tp) - from);
            }
            ConsumerGroupDescription description = describe(group);
            String state = description == null ? "unknown" : description.groupState().toString();
            int members = description == null ? 0 : description.members().size();
            return new GroupLag(group, topic, state, members, partitions.size(), lag, uncommitted, null);
        } catch (BenchException e) {
            return new GroupLag(group, topic, "unknown", 0, 0, -1, 0, e.getMessage());
        }
    }

    /** Sum of end offsets: how many records the topic has ever received (for "did the outbox publish them all"). */
    long endOffsetSum(String topic) {
        return offsets(partitionsOf(topic), OffsetSpec.latest()).values().stream().mapToLong(Long::longValue).sum();
    }

    private ConsumerGroupDescription describe(String group) {
        try {
            return await(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group));
        } catch (BenchException e) {
            return null; // the state is informative only; lag is what counts
        }
    }

    private List<TopicPartition> partitionsOf(String topic) {
        try {
            var description = await(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
            return description.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (BenchException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new BenchException("topic " + topic + " does not exist");
            }
            throw e;
        }
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(Function.identity(), tp -> spec));
        Map<TopicPartition, ListOffsetsResultInfo> result = await(admin.listOffsets(request).all());
        return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Bounded wait with operator-readable failures instead of nested ExecutionExceptions. */
    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new BenchException("Kafka at " + bootstrap + " did not answer within " + TIMEOUT_SECONDS + " s (is the broker running?)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnknownTopicOrPartitionException) {
                throw new BenchException("unknown topic", cause);
            }
            if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw new BenchException("Kafka at " + bootstrap + " did not answer within " + TIMEOUT_SECONDS + " s (is the broker running?)");
            }
            throw new BenchException(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while asking Kafka");
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
