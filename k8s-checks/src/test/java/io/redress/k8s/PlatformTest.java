package io.redress.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Kafka and the databases, as the services and the docs expect them. */
class PlatformTest {

    /** Each consumer service, the topic of its main consumer and the ConfigMap key for its threads per pod. */
    private static final Map<String, String[]> CONSUMERS = Map.of(
            "triage", new String[] { "complaints.received.v1", "TRIAGE_CONSUMERS" },
            "followup", new String[] { "complaints.triaged.v1", "FOLLOWUP_CONSUMERS" });

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void theTopicsAreExactlyThoseOfTheRedressScriptWithTheirPartitions(String overlay) {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (JsonNode topic : Overlays.rendered(overlay).ofKind("KafkaTopic")) {
            assertEquals("redress", topic.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            declared.put(Rendered.name(topic), topic.path("spec").path("partitions").asInt());
        }

        assertEquals(Repository.topics(), declared);
    }

    @Test
    void productionTopicsSurviveTheLossOfOneBroker() {
        Rendered prod = Overlays.rendered("overlays/prod");
        for (JsonNode topic : prod.ofKind("KafkaTopic")) {
            assertEquals(3, topic.path("spec").path("replicas").asInt(), Rendered.name(topic));
            assertEquals(2, topic.path("spec").path("config").path("min.insync.replicas").asInt(), Rendered.name(topic));
        }
        JsonNode config = prod.one("Kafka", "redress").path("spec").path("kafka").path("config");
        assertEquals(2, config.path("min.insync.replicas").asInt());
        assertEquals(3, config.path("offsets.topic.replication.factor").asInt());
        assertFalse(config.path("auto.create.topics.enable").asBoolean(true));
        int brokers = 0;
        int controllers = 0;
        for (JsonNode pool : prod.ofKind("KafkaNodePool")) {
            String roles = pool.path("spec").path("roles").toString();
            brokers += roles.contains("broker") ? pool.path("spec").path("replicas").asInt() : 0;
            controllers += roles.contains("controller") ? pool.path("spec").path("replicas").asInt() : 0;
        }
        assertEquals(3, brokers);
        assertEquals(3, controllers);
    }

    @Test
    void theLaptopClusterRunsOneKafkaNodeAndOneInstancePerDatabase() {
        Rendered dev = Overlays.rendered("overlays/dev");
        assertEquals(1, dev.ofKind("KafkaNodePool").size());
        dev.ofKind("KafkaTopic").forEach(topic -> assertEquals(1, topic.path("spec").path("replicas").asInt()));
        dev.ofKind("Cluster").forEach(db -> assertEquals(1, db.path("spec").path("instances").asInt()));
    }

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void noAutoscaledConsumerOutnumbersThePartitionsItReads(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        CONSUMERS.forEach((service, consumer) -> {
            int partitions = rendered.one("KafkaTopic", consumer[0]).path("spec").path("partitions").asInt();
            int threads = rendered.one("ConfigMap", service).path("data").path(consumer[1]).asInt();
            int replicas = rendered.one("HorizontalPodAutoscaler", service).path("spec").path("maxReplicas").asInt();
            assertTrue(replicas * threads <= partitions,
                    service + ": " + replicas + " pods x " + threads + " consumers > " + partitions + " partitions");
        });
    }

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void eachServiceHasItsOwnDatabaseClusterAndDatabase(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        for (String service : Rendered.SERVICES) {
            JsonNode db = rendered.one("Cluster", service + "-db").path("spec");
            assertEquals(service, db.path("bootstrap").path("initdb").path("database").asText());
            assertEquals(service, db.path("bootstrap").path("initdb").path("owner").asText());
            assertEquals(service, rendered.one("ConfigMap", service).path("data").path("DB_NAME").asText());
            assertFalse(db.path("enableSuperuserAccess").asBoolean(true));
        }
    }

    @Test
    void everyProductionDatabaseIsBackedUpContinuouslyAndDaily() {
        Rendered prod = Overlays.rendered("overlays/prod");
        for (String service : Rendered.SERVICES) {
            JsonNode db = prod.one("Cluster", service + "-db").path("spec");
            assertEquals(3, db.path("instances").asInt());
            JsonNode store = db.path("backup").path("barmanObjectStore");
            assertTrue(store.path("destinationPath").asText().endsWith("/" + service + "-db"));
            assertFalse(store.path("s3Credentials").path("accessKeyId").path("name").asText().isEmpty());
            assertFalse(db.path("backup").path("retentionPolicy").asText().isEmpty());
            assertTrue(db.path("monitoring").path("enablePodMonitor").asBoolean());
            JsonNode daily = prod.one("ScheduledBackup", service + "-db-daily").path("spec");
            assertEquals(service + "-db", daily.path("cluster").path("name").asText());
        }
    }
}
