package io.redress.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.ComplaintTriaged;
import io.redress.events.v1.SlaAlert;
import io.redress.followup.model.SupportCase;
import io.redress.followup.service.SlaSweep;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "rina", roles = "agent")
class SlaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ComplaintTriaged.SlaPolicy ONE_HOUR = new ComplaintTriaged.SlaPolicy("one-hour", "PT1H",
            "PT1H", "PT8H", "24x7");

    @Inject
    CaseFixtures fixtures;

    @Inject
    SlaSweep sweep;

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    SupportCase open(String priority, Instant receivedAt, ComplaintTriaged.SlaPolicy policy, String team) {
        return fixtures.open(CaseFixtures.triaged(UUID.randomUUID(), priority, receivedAt, 1, team, policy));
    }

    double breaches(String priority) {
        var counter = metrics.find("redress.sla.breaches").tags("clock", "first-response", "priority", priority)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aTeamsCalendarCountsOnlyItsBusinessHours() {
        // Friday 2026-11-27 16:00 Riga, P2 (4 working hours) for eu-support: Monday 12:00 Riga.
        SupportCase opened = open("P2", Instant.parse("2026-11-27T14:00:00Z"), null, "eu-support");
        assertEquals("eu-support", opened.calendar);
        assertEquals(Instant.parse("2026-11-30T10:00:00Z"), opened.firstResponseDueAt);
    }

    @Test
    void aClockIsBreachedOnlyAfterItsDueInstantAndAlertsOncePerState() throws Exception {
        Instant received = Instant.parse("2026-01-05T10:00:00Z");
        SupportCase opened = open("P2", received, ONE_HOUR, null);
        Instant due = received.plus(Duration.ofHours(1));
        double before = breaches("P2");
        try (var alerts = new KafkaTopicReader(KafkaTopicReader.topic(SlaAlert.TOPIC))) {
            sweep.sweep(due.minus(Duration.ofMinutes(16)));
            sweep.sweep(due);
            sweep.sweep(due);
            List<ConsumerRecord<String, String>> atRisk = alerts.await(
                    r -> opened.complaintId.toString().equals(r.key()), 1, WAIT);
            assertEquals(1, atRisk.size());
            assertEquals("at-risk", json.readTree(atRisk.get(0).value()).get("state").asText());
            assertEquals(before, breaches("P2"), "due == now is not yet breached");

            sweep.sweep(due.plus(1, ChronoUnit.MICROS));
            sweep.sweep(due.plus(Duration.ofHours(1)));
            List<ConsumerRecord<String, String>> all = alerts.await(
                    r -> opened.complaintId.toString().equals(r.key()), 3, Duration.ofSeconds(5));
            assertEquals(List.of("first-response:at-risk", "first-response:breached"), all.stream()
                    .map(r -> readTree(r).get("clock").asText() + ":" + readTree(r).get("state").asText())
                    .toList());
        }
        assertEquals(before + 1, breaches("P2"));
        given().get("/cases/{id}", opened.id).then().body("escalatedTo", equalTo("supervisors"))
                .body("slaBreached", equalTo(true));
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void waitingOnTheCustomerPausesTheClocksAndAnAnswerResumesThem() {
        Instant received = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        SupportCase opened = open("P2", received, ONE_HOUR, null);
        move(opened.id, "in-progress");
        move(opened.id, "waiting-on-customer");
        given().get("/cases/{id}", opened.id).then()
                .body("clocks.find { it.clock == 'first-response' }.dueAt", nullValue())
                .body("clocks.find { it.clock == 'first-response' }.remainingSeconds", notNullValue());
        long remaining = given().get("/cases/{id}", opened.id).jsonPath()
                .getLong("clocks.find { it.clock == 'first-response' }.remainingSeconds");
        assertTrue(remaining > 35 * 60 && remaining <= 40 * 60, "about 40 minutes left, was " + remaining);

        Instant resumed = Instant.now();
        move(opened.id, "in-progress");
        Instant due = Instant.parse(given().get("/cases/{id}", opened.id).jsonPath()
                .getString("clocks.find { it.clock == 'first-response' }.dueAt"));
        long drift = Duration.between(resumed.plusSeconds(remaining), due).abs().toSeconds();
        assertTrue(drift < 5, "due = resume + remaining, drift " + drift + "s");
    }

    @Test
    void casesAreListedByTheirSlaState() {
        Instant now = Instant.now();
        SupportCase breached = open("P2", now.minus(Duration.ofHours(2)), ONE_HOUR, "sla-list");
        SupportCase atRisk = open("P2", now.minus(Duration.ofMinutes(50)), ONE_HOUR, "sla-list");
        SupportCase ok = open("P2", now, ONE_HOUR, "sla-list");
        assertEquals(Set.of(breached.id.toString()), ids("breached"));
        assertEquals(Set.of(atRisk.id.toString()), ids("at-risk"));
        assertEquals(Set.of(ok.id.toString()), ids("ok"));
        given().queryParam("slaState", "late").get("/cases").then().statusCode(400)
                .body("violations.field", hasItem("slaState"));
    }

    private static Set<String> ids(String slaState) {
        return new java.util.HashSet<>(given().queryParam("slaState", slaState).queryParam("team", "sla-list")
                .get("/cases").then().statusCode(200).extract().jsonPath().getList("id", String.class));
    }

    @Test
    void twoSweepsRunningAtOnceAlertEachCaseOnce() throws Exception {
        Instant now = Instant.now();
        sweep.sweep(now);
        double before = breaches("P1");
        List<SupportCase> late = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            late.add(open("P1", now.minus(Duration.ofDays(2)), null, null));
        }
        Set<String> keys = late.stream().map(c -> c.complaintId.toString()).collect(Collectors.toSet());
        try (var alerts = new KafkaTopicReader(KafkaTopicReader.topic(SlaAlert.TOPIC))) {
            var barrier = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(() -> sweepAfter(barrier, now));
            var second = CompletableFuture.supplyAsync(() -> sweepAfter(barrier, now));
            assertEquals(20, first.get() + second.get(), "each case handled by exactly one sweep");
            // two clocks per case (first response and resolution) are past due
            List<ConsumerRecord<String, String>> published = alerts.await(r -> keys.contains(r.key()), 40, WAIT);
            alerts.await(r -> false, 1, Duration.ofSeconds(3));
            assertEquals(40, alerts.await(r -> keys.contains(r.key()), 40, Duration.ZERO).size());
            assertEquals(40, published.size());
        }
        assertEquals(before + 20, breaches("P1"));
    }

    private int sweepAfter(CyclicBarrier barrier, Instant now) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sweep.sweep(now);
    }

    static void move(UUID caseId, String to) {
        given().contentType(ContentType.JSON).body(Map.of("to", to, "reason", "test"))
                .post("/cases/{id}/transitions", caseId).then().statusCode(200);
    }
}
