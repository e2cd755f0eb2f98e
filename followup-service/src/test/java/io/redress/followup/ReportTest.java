package io.redress.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.followup.model.SupportCase;

/** The report against a seeded set whose expected figures are worked out by hand below. */
@QuarkusTest
@TestSecurity(user = "maija", roles = "supervisor")
class ReportTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");

    @Inject
    CaseFixtures fixtures;

    SupportCase seed(String team, Instant received, Long firstResponse, Long resolution, boolean breached,
            int reopens, UUID incident) {
        SupportCase c = fixtures.open(CaseFixtures.triaged(UUID.randomUUID(), "P3", received, 1, team, null));
        fixtures.sql("update support_case set first_responded_at = ?, resolved_at = ?, sla_breached = ?, "
                + "reopen_count = ?, incident_id = ? where id = ?",
                firstResponse == null ? null : received.plusSeconds(firstResponse),
                resolution == null ? null : received.plusSeconds(resolution), breached, reopens, incident, c.id);
        return c;
    }

    void rating(SupportCase c, int rating) {
        fixtures.sql("insert into survey (token, case_id, created_at, answered_at, rating) values (?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), c.id, RECEIVED, RECEIVED, rating);
    }

    void remedy(SupportCase c, String amount, String currency, String status) {
        fixtures.sql("insert into remedy (id, case_id, kind, amount, currency, status, proposed_by, proposed_at, "
                + "idempotency_key) values (?, ?, 'refund', ?, ?, ?, 'rina', ?, ?)", UUID.randomUUID(), c.id,
                new BigDecimal(amount), currency, status, RECEIVED, UUID.randomUUID().toString());
    }

    @Test
    void theSummaryMatchesTheSeededCasesExactly() {
        String team = "report-" + UUID.randomUUID();
        UUID outage = UUID.randomUUID();
        UUID recall = UUID.randomUUID();
        SupportCase a = seed(team, RECEIVED, 600L, 3600L, false, 0, outage);
        SupportCase b = seed(team, RECEIVED, 1200L, 7200L, true, 1, outage);
        SupportCase c = seed(team, RECEIVED, 300L, null, false, 0, recall);
        SupportCase d = seed(team, RECEIVED, 4000L, 10000L, false, 0, null);
        seed(team, RECEIVED, null, null, true, 0, null);
        SupportCase byEmail = seed(team, RECEIVED, null, null, false, 0, null);
        fixtures.sql("update support_case set channel = 'email' where id = ?", byEmail.id);
        seed(team, Instant.parse("2026-03-03T00:00:00Z"), 1L, 1L, true, 3, UUID.randomUUID());
        rating(a, 5);
        rating(b, 2);
        rating(d, 4);
        remedy(a, "30.00", "EUR", "approved");
        remedy(b, "12.50", "EUR", "approved");
        remedy(b, "100.00", "EUR", "awaiting-approval");
        remedy(c, "20.00", "USD", "approved");

        // Channel x: cases a..e. First responses 300, 600, 1200, 4000 s: nearest-rank p50 is the 2nd, p90 the 4th.
        // Resolutions 3600, 7200, 10000 s: p50 the 2nd, p90 the 3rd. 3 of 5 within SLA, 1 of 5 reopened,
        // ratings 5, 2, 4 (average 3.67), approved remedies EUR 42.50 and USD 20.00, incidents outage and recall.
        given().queryParam("from", "2026-03-02T00:00:00Z").queryParam("to", "2026-03-03T00:00:00Z")
                .queryParam("team", team).queryParam("channel", "x").get("/reports/summary").then().statusCode(200)
                .body("volume", equalTo(5))
                .body("firstResponse.count", equalTo(4))
                .body("firstResponse.p50Seconds", equalTo(600))
                .body("firstResponse.p90Seconds", equalTo(4000))
                .body("resolution.count", equalTo(3))
                .body("resolution.p50Seconds", equalTo(7200))
                .body("resolution.p90Seconds", equalTo(10000))
                .body("slaCompliance", equalTo(0.6f))
                .body("reopenRate", equalTo(0.2f))
                .body("csat.count", equalTo(3))
                .body("csat.average", equalTo(3.67f))
                .body("remediesCost.find { it.currency == 'EUR' }.amount", equalTo(42.5f))
                .body("remediesCost.find { it.currency == 'USD' }.amount", equalTo(20.0f))
                .body("incidents", equalTo(2));

        // Every channel: the e-mail case joins: 6 cases, 4 of them within SLA (0.6667).
        given().queryParam("from", "2026-03-02T00:00:00Z").queryParam("to", "2026-03-03T00:00:00Z")
                .queryParam("team", team).get("/reports/summary").then().statusCode(200)
                .body("volume", equalTo(6)).body("slaCompliance", equalTo(0.6667f));
    }

    @Test
    void anEmptyWindowHasNoFiguresButZeroVolume() {
        given().queryParam("from", "2001-01-01T00:00:00Z").queryParam("to", "2001-01-02T00:00:00Z")
                .get("/reports/summary").then().statusCode(200).body("volume", equalTo(0))
                .body("firstResponse.p50Seconds", nullValue()).body("slaCompliance", nullValue());
    }

    @Test
    void aWindowNeedsFromBeforeTo() {
        given().queryParam("to", "2026-03-03T00:00:00Z").get("/reports/summary").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        given().queryParam("from", "2026-03-03T00:00:00Z").queryParam("to", "2026-03-02T00:00:00Z")
                .get("/reports/summary").then().statusCode(400).body("violations.field", hasItem("to"));
    }

    @Test
    @TestSecurity(user = "rina", roles = "agent")
    void anAgentCannotReadReports() {
        given().queryParam("from", "2026-03-02T00:00:00Z").queryParam("to", "2026-03-03T00:00:00Z")
                .get("/reports/summary").then().statusCode(403);
    }
}
