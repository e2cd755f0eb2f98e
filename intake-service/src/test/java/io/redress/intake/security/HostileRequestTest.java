package io.redress.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Size limits, rate limits and CORS, as configured in application.properties. */
@QuarkusTest
class HostileRequestTest {

    @Test
    void aBodyOver64KibIsRefusedWith413() {
        given().auth().oauth2(Tokens.forRole("agent")).contentType(ContentType.JSON)
                .body("{\"text\":\"" + "x".repeat(70_000) + "\"}")
                .post("/complaints").then().statusCode(413);
    }

    /** Found by NewComplaintFuzzTest: Jackson reads these bytes as UTF-32 and cannot decode them. */
    @Test
    void aBodyInNoUnicodeEncodingIsA400NotA500() {
        byte[] body = new byte[81];
        body[0] = 'n';
        System.arraycopy("ull".getBytes(StandardCharsets.US_ASCII), 0, body, 78, 3);
        given().auth().oauth2(Tokens.forRole("agent")).contentType(ContentType.JSON).body(body)
                .post("/complaints").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
    }

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
                .body("status", equalTo(429))
                .body("type", equalTo("https://redress.dev/problems/rate-limited"));
    }

    @Test
    void aCrossOriginPreflightIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/complaints")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
