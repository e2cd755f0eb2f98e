package io.redress.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.redress.k8s.NetworkRules.Pod;

/** Who can reach what, evaluated from the rendered NetworkPolicies (and the one Strimzi makes for Kafka's listener). */
class NetworkPolicyTest {

    private static final Map<String, Integer> PORTS = Map.of("intake", 8081, "triage", 8082, "followup", 8083);

    private static String namespace(Rendered rendered) {
        return rendered.ofKind("Namespace").get(0).path("metadata").path("name").asText();
    }

    private static Pod service(Rendered rendered, String service) {
        Deployment deployment = Overlays.as(rendered.one("Deployment", service), Deployment.class);
        return new Pod(namespace(rendered), deployment.getSpec().getTemplate().getMetadata().getLabels());
    }

    private static Pod database(Rendered rendered, String service) {
        return new Pod(namespace(rendered), Map.of("cnpg.io/cluster", service + "-db", "cnpg.io/podRole", "instance"));
    }

    private static Pod kafkaBroker(Rendered rendered) {
        return new Pod(namespace(rendered), Map.of("strimzi.io/cluster", "redress", "strimzi.io/kind", "Kafka",
                "strimzi.io/broker-role", "true"));
    }

    private static List<String> othersThan(String service) {
        return Rendered.SERVICES.stream().filter(other -> !other.equals(service)).toList();
    }

    private static NetworkRules rules(Rendered rendered) {
        List<NetworkPolicy> policies = new ArrayList<>(Overlays.all(rendered, "NetworkPolicy", NetworkPolicy.class));
        policies.add(strimziListenerPolicy(rendered));
        return new NetworkRules(policies);
    }

    /** The policy Strimzi's operator creates for the plain listener from its networkPolicyPeers. */
    private static NetworkPolicy strimziListenerPolicy(Rendered rendered) {
        JsonNode listener = rendered.one("Kafka", "redress").path("spec").path("kafka").path("listeners").get(0);
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        listener.path("networkPolicyPeers").forEach(peer -> peers.add(Overlays.as(peer, NetworkPolicyPeer.class)));
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName("redress-network-policy-kafka").withNamespace(namespace(rendered)).endMetadata()
                .withNewSpec()
                .withPodSelector(new LabelSelector(null, Map.of("strimzi.io/cluster", "redress", "strimzi.io/kind", "Kafka")))
                .withPolicyTypes("Ingress")
                .addNewIngress().withFrom(peers).addNewPort().withNewPort(listener.path("port").asInt()).endPort().endIngress()
                .endSpec().build();
    }

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void eachDatabaseIsReachableOnlyFromItsOwnService(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        NetworkRules rules = rules(rendered);
        Pod stranger = new Pod(namespace(rendered), Map.of("app", "stranger"));
        Pod elsewhere = new Pod("elsewhere", Map.of("app.kubernetes.io/name", "intake"));

        for (String owner : Rendered.SERVICES) {
            Pod db = database(rendered, owner);
            assertTrue(rules.connects(service(rendered, owner), db, 5432), owner + " reaches its database");
            for (String other : othersThan(owner)) {
                assertFalse(rules.accepts(db, service(rendered, other), 5432), owner + "-db lets " + other + " in");
            }
            assertFalse(rules.accepts(db, stranger, 5432), owner + "-db lets another pod of the namespace in");
            assertFalse(rules.accepts(db, elsewhere, 5432), owner + "-db lets a pod of another namespace in");
            assertFalse(rules.accepts(db, kafkaBroker(rendered), 5432));
        }
    }

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void kafkaIsReachableFromTheThreeServicesOnly(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        NetworkRules rules = rules(rendered);

        for (String service : Rendered.SERVICES) {
            assertTrue(rules.connects(service(rendered, service), kafkaBroker(rendered), 9092), service);
        }
        assertFalse(rules.accepts(kafkaBroker(rendered), new Pod(namespace(rendered), Map.of("app", "stranger")), 9092));
        assertFalse(rules.accepts(kafkaBroker(rendered), database(rendered, "intake"), 9092));
    }

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void onlyIntakesWebhooksAreExposedOutsideTheCluster(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        NetworkRules rules = rules(rendered);
        Pod ingressController = new Pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));

        List<Ingress> ingresses = Overlays.all(rendered, "Ingress", Ingress.class);
        assertEquals(1, ingresses.size());
        ingresses.get(0).getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
            assertTrue(path.getPath().startsWith("/webhooks/"), path.getPath());
            assertEquals("intake", path.getBackend().getService().getName());
        }));
        assertTrue(rules.connects(ingressController, service(rendered, "intake"), PORTS.get("intake")));
        assertFalse(rules.accepts(service(rendered, "triage"), ingressController, PORTS.get("triage")));
        assertFalse(rules.accepts(service(rendered, "followup"), ingressController, PORTS.get("followup")));
    }

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void servicesDoNotCallEachOtherTheyTalkThroughKafka(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        NetworkRules rules = rules(rendered);

        for (String from : Rendered.SERVICES) {
            for (String to : othersThan(from)) {
                assertFalse(rules.accepts(service(rendered, to), service(rendered, from), PORTS.get(to)), from + " → " + to);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void prometheusScrapesEveryService(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        Pod prometheus = new Pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));

        for (String service : Rendered.SERVICES) {
            assertTrue(rules(rendered).connects(prometheus, service(rendered, service), PORTS.get(service)), service);
        }
    }
}
