package io.redress.followup.security;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The roles matrix of docs/security.md for the existing endpoints; 404 means the role got through. */
@QuarkusTest
class CaseRolesTest {

    @ParameterizedTest(name = "{0} reading a case gets {1}")
    @CsvSource({ "agent, 404", "supervisor, 404", "admin, 404", "integration, 403", "customer, 403" })
    void reading(String role, int status) {
        given().auth().oauth2(Tokens.forRole(role)).get("/cases/{id}", UUID.randomUUID()).then().statusCode(status);
    }
}
