package io.redress.k8s;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * What a set of NetworkPolicies lets through, by the rules of the Kubernetes NetworkPolicy API: a pod selected by
 * no policy of a direction is open in that direction; once selected, only what some rule of some selecting policy
 * allows gets through. Peers given by ipBlock never match a pod here (they are for addresses outside the cluster).
 */
final class NetworkRules {

    /** A pod as NetworkPolicies see it: its namespace and labels. */
    record Pod(String namespace, Map<String, String> labels) {
    }

    private final List<NetworkPolicy> policies;

    NetworkRules(List<NetworkPolicy> policies) {
        this.policies = policies;
    }

    /** Whether {@code from} may open a TCP connection to {@code to} on {@code port}: both ends must allow it. */
    boolean connects(Pod from, Pod to, int port) {
        return allows("Ingress", to, from, port) && allows("Egress", from, to, port);
    }

    /** Whether the policies that isolate {@code to} let {@code from} in on {@code port}, whatever the sender's own rules. */
    boolean accepts(Pod to, Pod from, int port) {
        return allows("Ingress", to, from, port);
    }

    private boolean allows(String direction, Pod selected, Pod peer, int port) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(policy -> policy.getMetadata().getNamespace().equals(selected.namespace()))
                .filter(policy -> matches(policy.getSpec().getPodSelector(), selected.labels()))
                .filter(policy -> policy.getSpec().getPolicyTypes().contains(direction))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().anyMatch(policy -> direction.equals("Ingress")
                ? policy.getSpec().getIngress().stream()
                        .anyMatch(rule -> ports(rule.getPorts(), port) && peers(rule.getFrom(), selected, peer))
                : policy.getSpec().getEgress().stream()
                        .anyMatch(rule -> ports(rule.getPorts(), port) && peers(rule.getTo(), selected, peer)));
    }

    private static boolean ports(List<NetworkPolicyPort> ports, int port) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> p.getPort() == null || p.getPort().getIntVal() == port);
    }

    private static boolean peers(List<NetworkPolicyPeer> peers, Pod selected, Pod peer) {
        return peers.isEmpty() || peers.stream().anyMatch(p -> peer(p, selected, peer));
    }

    private static boolean peer(NetworkPolicyPeer rule, Pod selected, Pod peer) {
        if (rule.getIpBlock() != null) {
            return false;
        }
        boolean namespace = rule.getNamespaceSelector() == null
                ? peer.namespace().equals(selected.namespace())
                : matches(rule.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", peer.namespace()));
        return namespace && (rule.getPodSelector() == null || matches(rule.getPodSelector(), peer.labels()));
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new UnsupportedOperationException("matchExpressions are not evaluated by these checks");
        }
        return selector.getMatchLabels() == null || labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }
}
