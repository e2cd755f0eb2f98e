package io.redress.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** How each service runs, in every overlay. */
class WorkloadTest {

    /** Environment variables every service reads (application.properties). */
    private static final Set<String> READ_BY_EVERY_SERVICE = Set.of("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER",
            "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "REDRESS_TOPICS_PREFIX", "WORKER_THREADS_MAX");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern CREDENTIAL = Pattern.compile("(?i).*(password|secret|token|credential|key).*");
    /** The outbox relay's default wait for Kafka on shutdown (OutboxConfig.sendTimeout). */
    private static final Duration RELAY_SEND_TIMEOUT = Duration.ofSeconds(15);

    static Stream<Arguments> services() {
        return Overlays.ALL.stream().flatMap(overlay -> Rendered.SERVICES.stream()
                .map(service -> Arguments.of(overlay, service)));
    }

    private static Deployment deployment(String overlay, String service) {
        return Overlays.as(Overlays.rendered(overlay).one("Deployment", service), Deployment.class);
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("services")
    void everyServiceHasItsThreeQuarkusHealthProbes(String overlay, String service) {
        Container container = container(deployment(overlay, service));

        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("services")
    void everyServiceRunsAsANonRootUserWithNothingWritableButTmp(String overlay, String service) {
        PodSpec pod = deployment(overlay, service).getSpec().getTemplate().getSpec();
        var container = container(deployment(overlay, service)).getSecurityContext();

        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(pod.getSecurityContext().getRunAsUser() > 0);
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertTrue(container.getRunAsNonRoot());
        assertFalse(container.getAllowPrivilegeEscalation());
        assertTrue(container.getReadOnlyRootFilesystem());
        assertEquals(List.of("ALL"), container.getCapabilities().getDrop());
        assertEquals("RuntimeDefault", container.getSeccompProfile().getType());
        String tmpVolume = container(deployment(overlay, service)).getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals("/tmp")).findFirst().orElseThrow().getName();
        assertNotNull(pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst()
                .orElseThrow().getEmptyDir());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("services")
    void everyServiceHasRequestsAndLimitsAndAHeapSizedFromTheLimit(String overlay, String service) {
        var resources = container(deployment(overlay, service)).getResources();

        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(resources.getRequests().get(resource), "request " + resource);
            assertNotNull(resources.getLimits().get(resource), "limit " + resource);
        }
        // A JVM sized by percentage: the image's flags, so the limit alone decides the heap.
        assertTrue(Repository.applicationProperties(service).getProperty("quarkus.jib.jvm-additional-arguments")
                .contains("-XX:MaxRAMPercentage="));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("services")
    void everyServiceStopsWithinItsGracePeriodAndRollsWithoutLosingCapacity(String overlay, String service) {
        Deployment deployment = deployment(overlay, service);
        Properties properties = Repository.applicationProperties(service);
        String setDelay = Overlays.rendered(overlay).one("ConfigMap", service).path("data").path("QUARKUS_SHUTDOWN_DELAY").asText();
        Duration delay = Duration.parse("PT" + setDelay.toUpperCase());
        Duration timeout = Duration.parse("PT" + properties.getProperty("%prod.quarkus.shutdown.timeout").toUpperCase());

        long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertTrue(grace > delay.plus(timeout).plus(RELAY_SEND_TIMEOUT).toSeconds(),
                "grace " + grace + " s < shutdown delay " + delay + " + timeout " + timeout + " + relay " + RELAY_SEND_TIMEOUT);
        assertEquals("RollingUpdate", deployment.getSpec().getStrategy().getType());
        assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("services")
    void everyServiceGetsItsSettingsFromAConfigMapAndItsCredentialsFromItsDatabasesSecret(String overlay, String service) {
        Rendered rendered = Overlays.rendered(overlay);
        Container container = container(deployment(overlay, service));
        ConfigMap settings = Overlays.as(rendered.one("ConfigMap", service), ConfigMap.class);
        Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));

        assertEquals(service, container.getEnvFrom().get(0).getConfigMapRef().getName());
        for (String credential : List.of("DB_USER", "DB_PASSWORD")) {
            assertEquals(service + "-db-app", env.get(credential).getValueFrom().getSecretKeyRef().getName());
        }
        assertEquals(service + "-db-rw", settings.getData().get("DB_HOST"), "the primary of its own database");
        Set<String> provided = new java.util.HashSet<>(settings.getData().keySet());
        provided.addAll(env.keySet());
        assertTrue(provided.containsAll(READ_BY_EVERY_SERVICE), "missing " + READ_BY_EVERY_SERVICE);
        Set<String> read = envReadBy(service);
        List<String> unread = provided.stream().filter(name -> !read.contains(name) && !name.startsWith("QUARKUS_")).toList();
        assertTrue(unread.isEmpty(), "set but never read by application.properties (a misspelling?): " + unread);
        env.values().forEach(variable -> assertTrue(variable.getValue() == null || !CREDENTIAL.matcher(variable.getName()).matches(),
                variable.getName() + " is written in the manifest"));
        settings.getData().keySet().forEach(key -> assertFalse(CREDENTIAL.matcher(key).matches(),
                key + " looks like a credential in a ConfigMap"));
    }

    private static Set<String> envReadBy(String service) {
        Matcher reference = ENV_REFERENCE.matcher(Repository.read(service + "-service/src/main/resources/application.properties"));
        Set<String> names = new java.util.HashSet<>();
        while (reference.find()) {
            names.add(reference.group(1));
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.redress.k8s.Overlays#all")
    void noCredentialIsWrittenInTheRepository(String overlay) {
        assertTrue(Overlays.rendered(overlay).ofKind("Secret").isEmpty(), "Secrets are created in the cluster, not here");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("services")
    void everyServiceHasAServiceAccountWithoutAnApiTokenAServiceABudgetAndAnAutoscaler(String overlay, String service) {
        Rendered rendered = Overlays.rendered(overlay);
        Deployment deployment = deployment(overlay, service);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();

        ServiceAccount account = Overlays.as(rendered.one("ServiceAccount", pod.getServiceAccountName()), ServiceAccount.class);
        assertFalse(account.getAutomountServiceAccountToken());
        assertFalse(pod.getAutomountServiceAccountToken());
        Service http = Overlays.as(rendered.one("Service", service), Service.class);
        assertTrue(podLabels.entrySet().containsAll(http.getSpec().getSelector().entrySet()));
        PodDisruptionBudget budget = Overlays.as(rendered.one("PodDisruptionBudget", service), PodDisruptionBudget.class);
        assertTrue(podLabels.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()));
        HorizontalPodAutoscaler autoscaler = Overlays.as(rendered.one("HorizontalPodAutoscaler", service),
                HorizontalPodAutoscaler.class);
        assertEquals(service, autoscaler.getSpec().getScaleTargetRef().getName());
        assertTrue(autoscaler.getSpec().getMinReplicas() <= autoscaler.getSpec().getMaxReplicas());
    }
}
