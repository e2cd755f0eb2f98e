package io.redress.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The roles matrix of docs/security.md for the complaint endpoints, one row per cell. */
@QuarkusTest
class ComplaintRolesTest {

    private static Map<String, Object> complaint() {
        return Map.of("channel", "webform", "externalId", UUID.randomUUID().toString(),
                "author", Map.of("handle", "role-test", "email", "role-test@example.com"),
                "text", "The parcel arrived crushed.");
    }

    private static String storedComplaintId() {
        return given().auth().oauth2(Tokens.forRole("agent")).contentType(ContentType.JSON).body(complaint())
                .post("/complaints").then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest(name = "{0} posting a complaint gets {1}")
    @CsvSource({ "integration, 201", "agent, 201", "supervisor, 201", "admin, 403" })
    void postingAComplaint(String role, int status) {
        given().auth().oauth2(Tokens.forRole(role)).contentType(ContentType.JSON).body(complaint())
                .post("/complaints").then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} reading a complaint gets {1}")
    @CsvSource({ "agent, 200", "supervisor, 200", "admin, 200", "integration, 403" })
    void readingAComplaintWithItsContactData(String role, int status) {
        given().auth().oauth2(Tokens.forRole(role)).get("/complaints/{id}", storedComplaintId())
                .then().statusCode(status);
    }

    @ParameterizedTest(name = "a token with no Redress role gets 403 on {0}")
    @CsvSource({ "/complaints/00000000-0000-0000-0000-000000000000" })
    void aTokenWithoutARedressRoleIsForbidden(String path) {
        given().auth().oauth2(Tokens.forRole("customer")).get(path)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://redress.dev/problems/forbidden"));
    }
}
