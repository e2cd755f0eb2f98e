package io.redress.followup.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Header limit, rate limit and CORS, as configured in application.properties. */
@QuarkusTest
class HostileRequestTest {

    @Test
    void headersOver16KibAreRefusedWith431() {
        given().header("X-Padding", "x".repeat(17_000)).get("/q/health/live").then().statusCode(431);
    }

    /** The %test profile gives /rate-limit-probe/ a budget of 3 per hour; the limiter acts before authentication. */
    @Test
    void aClientOverItsBudgetGets429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().get("/rate-limit-probe/{i}", i).then().statusCode(401);
        }
        given().get("/rate-limit-probe/again").then()
                .statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .contentType("application/problem+json")
                .body("status", equalTo(429));
    }

    @Test
    void aCrossOriginPreflightIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/cases/{id}", "00000000-0000-0000-0000-000000000000")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
