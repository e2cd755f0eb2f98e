package io.redress.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.events.v1.ComplaintReceived;
import io.redress.intake.outbox.Outbox;

@QuarkusTest
class OutboxMetricsTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager db;

    private static double metric(String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return line.find() ? Double.parseDouble(line.group(1)) : Double.NaN;
    }

    @Test
    void anEventKafkaHasNotTakenShowsAsOutboxLagUntilItLeaves() {
        String key = UUID.randomUUID().toString();
        // Kafka refuses the topic name, so the relay keeps the row: an event stuck for two minutes.
        QuarkusTransaction.requiringNew().run(() -> outbox.add("not a valid topic!", ComplaintReceived.TYPE,
                ComplaintReceived.SCHEMA, key, Map.of("complaintId", key)));
        QuarkusTransaction.requiringNew().run(() -> db
                .createNativeQuery("update outbox_event set created_at = :then where event_key = :key")
                .setParameter("then", Instant.now().minusSeconds(120)).setParameter("key", key).executeUpdate());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> metric("redress_outbox_lag_seconds") >= 120 && metric("redress_outbox_pending") >= 1);

        QuarkusTransaction.requiringNew().run(() -> db
                .createNativeQuery("update outbox_event set topic = :topic where event_key = :key")
                .setParameter("topic", ComplaintReceived.TOPIC).setParameter("key", key).executeUpdate());
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("redress_outbox_lag_seconds") < 120);
    }
}
