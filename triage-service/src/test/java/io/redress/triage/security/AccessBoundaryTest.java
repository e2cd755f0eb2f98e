package io.redress.triage.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Only a current token from the configured issuer, for this audience, signed with its key, gets in. */
@QuarkusTest
class AccessBoundaryTest {

    private static ValidatableResponse readWith(String token) {
        return given().auth().oauth2(token).get("/triage/{id}", UUID.randomUUID()).then();
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", equalTo("https://redress.dev/problems/unauthenticated"));
    }

    @Test
    void aRequestWithoutATokenIsRefusedWith401Problem() {
        refused(given().get("/triage/{id}", UUID.randomUUID()).then());
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(readWith(Tokens.expired("agent")));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(readWith(Tokens.fromIssuer("https://attacker.example/issuer", "agent")));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        refused(readWith(Tokens.withForeignKey("agent")));
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
