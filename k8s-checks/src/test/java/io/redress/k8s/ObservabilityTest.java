package io.redress.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Scraping, alerts and the dashboard, in the production overlay. */
class ObservabilityTest {

    private final Rendered prod = Overlays.rendered("overlays/prod");

    @Test
    void prometheusScrapesEveryServicesMetricsEndpoint() {
        for (String service : Rendered.SERVICES) {
            JsonNode monitor = prod.one("ServiceMonitor", service).path("spec");
            assertEquals(service, monitor.path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertEquals("http", monitor.path("endpoints").get(0).path("port").asText());
            assertEquals("/q/metrics", monitor.path("endpoints").get(0).path("path").asText());
        }
    }

    @Test
    void everyAlertIsExplainedInTheOperationsGuide() {
        String guide = Repository.read("docs/operations.md");
        List<String> alerts = new ArrayList<>();
        prod.one("PrometheusRule", "redress").path("spec").path("groups")
                .forEach(group -> group.path("rules").forEach(rule -> alerts.add(rule.path("alert").asText())));

        assertTrue(alerts.size() >= 8, alerts.toString());
        alerts.forEach(alert -> assertTrue(guide.contains("### " + alert), alert + " has no section in docs/operations.md"));
    }

    @Test
    void theDashboardShowsIntakeRateTriageTimeSlaBreachesOutboxAndConsumerLag() throws IOException {
        JsonNode configMap = prod.one("ConfigMap", "redress-grafana-dashboard");
        assertEquals("1", configMap.path("metadata").path("labels").path("grafana_dashboard").asText());
        JsonNode dashboard = new ObjectMapper().readTree(configMap.path("data").path("redress-dashboard.json").asText());
        StringBuilder queries = new StringBuilder();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> queries.append(t.path("expr").asText())));

        for (String metric : List.of("http_server_requests_seconds_count{job=\"intake\"", "redress_triage_duration_seconds",
                "redress_triage_batch_phase_seconds",
                "redress_sla_breaches_total", "redress_outbox_lag_seconds", "redress_outbox_pending",
                "kafka_consumer_fetch_manager_records_lag_max")) {
            assertTrue(queries.toString().contains(metric), metric);
        }
        assertFalse(dashboard.path("uid").asText().isEmpty());
    }
}
