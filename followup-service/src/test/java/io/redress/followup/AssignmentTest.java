package io.redress.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.followup.model.SupportCase;
import io.restassured.http.ContentType;

@QuarkusTest
class AssignmentTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    @TestSecurity(user = "rina", roles = "agent")
    void anAgentTakesACaseForThemselfButCannotGiveItToSomeoneElse() {
        SupportCase opened = fixtures.openFresh();
        given().contentType(ContentType.JSON).body(Map.of("team", "eu-support", "agent", "rina"))
                .post("/cases/{id}/assignment", opened.id).then().statusCode(200)
                .body("agent", equalTo("rina")).body("team", equalTo("eu-support"));
        given().contentType(ContentType.JSON).body(Map.of("agent", "juris"))
                .post("/cases/{id}/assignment", opened.id).then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/cases/{id}/timeline", opened.id).then()
                .body("findAll { it.kind == 'assignment' }.reason",
                        hasItem("team none, agent none → team eu-support, agent rina"));
    }

    @Test
    @TestSecurity(user = "maija", roles = "supervisor")
    void aSupervisorReassignsAndEscalates() {
        SupportCase opened = fixtures.openFresh();
        given().contentType(ContentType.JSON).body(Map.of("team", "eu-support", "agent", "rina"))
                .post("/cases/{id}/assignment", opened.id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("agent", "juris"))
                .post("/cases/{id}/assignment", opened.id).then().statusCode(200)
                .body("agent", equalTo("juris")).body("team", equalTo("eu-support"));
        given().contentType(ContentType.JSON).body(Map.of("to", "head-of-support", "reason", "legal threat"))
                .post("/cases/{id}/escalation", opened.id).then().statusCode(200)
                .body("escalatedTo", equalTo("head-of-support"));
        given().get("/cases/{id}/timeline", opened.id).then()
                .body("find { it.kind == 'escalation' }.actor", equalTo("maija"))
                .body("find { it.kind == 'escalation' }.reason", equalTo("to head-of-support: legal threat"));
    }

    @Test
    @TestSecurity(user = "rina", roles = "agent")
    void anAgentCannotEscalateAndBadBodiesNameTheField() {
        SupportCase opened = fixtures.openFresh();
        given().contentType(ContentType.JSON).body(Map.of("reason", "help"))
                .post("/cases/{id}/escalation", opened.id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("team", "x"))
                .post("/cases/{id}/assignment", opened.id).then().statusCode(400)
                .body("violations.field", hasItem("agent"));
    }
}
