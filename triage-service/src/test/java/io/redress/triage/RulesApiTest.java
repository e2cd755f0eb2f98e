package io.redress.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class RulesApiTest {

    long version() {
        return given().get("/rules").then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @Test
    @TestSecurity(user = "olga", roles = "admin")
    void aValidChangeBecomesANewVersionWithWhoAndWhat() {
        long before = version();
        given().contentType("application/json")
                .body("{\"language\":\"en\",\"kind\":\"product\",\"target\":\"smart-kettle\",\"pattern\":\"kettle*\"}")
                .post("/rules/keywords").then()
                .statusCode(200)
                .body("version", equalTo((int) before + 1))
                .body("rules.keywords.pattern", hasItem("kettle*"));
        given().get("/rules/versions").then()
                .statusCode(200)
                .body("[0].version", equalTo((int) before + 1))
                .body("[0].changedBy", equalTo("olga"))
                .body("[0].change", startsWith("add keyword 'kettle*'"));
        given().get("/rules/versions/{v}", before).then().statusCode(200).body("version", equalTo((int) before));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nested quantifier | /rules/keywords              | POST | {"language":"en","kind":"category","target":"billing","pattern":"(a+)+$","regex":true} | pattern
            broken regex      | /rules/keywords              | POST | {"language":"en","kind":"category","target":"billing","pattern":"(refund","regex":true} | pattern
            unknown category  | /rules/keywords              | POST | {"language":"en","kind":"category","target":"weather","pattern":"rain"}                   | target
            bad language      | /rules/keywords              | POST | {"language":"english","kind":"category","target":"billing","pattern":"bill"}             | language
            unknown team      | /rules/routes/billing/en     | PUT  | {"team":"nobody-team"}                                                                   | team
            negative duration | /rules/sla-policies/P2       | PUT  | {"name":"high","firstResponse":"PT-1H","nextResponse":"PT2H","resolution":"P1D","calendar":"24x7"} | firstResponse
            bad calendar      | /rules/sla-policies/P2       | PUT  | {"name":"high","firstResponse":"PT1H","nextResponse":"PT2H","resolution":"P1D","calendar":""} | calendar
            unknown threshold | /rules/thresholds/mood       | PUT  | {"value":3}                                                                              | name
            threshold range   | /rules/thresholds/complaint  | PUT  | {"value":7}                                                                              | value
            similarity range  | /rules/thresholds/incident-similarity | PUT | {"value":1.5}                                                                    | value
            team languages    | /rules/teams/night-shift     | PUT  | {"languages":["klingon"]}                                                                | languages[0]
            wrong type        | /rules/thresholds/complaint  | PUT  | {"value":"high"}                                                                         | value
            """)
    @TestSecurity(user = "olga", roles = "admin")
    void anInvalidRuleGets400NamingTheFieldAndChangesNothing(String kind, String path, String method, String body,
            String field) {
        long before = version();
        given().contentType("application/json").body(body).request(method, path).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        given().get("/rules").then().body("version", equalTo((int) before));
    }

    @Test
    @TestSecurity(user = "olga", roles = "admin")
    void removingAnUnknownKeywordIs404() {
        given().delete("/rules/keywords/{id}", 999_999).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ana", roles = "agent")
    void agentsReadTheRulesButCannotChangeThem() {
        given().get("/rules").then().statusCode(200);
        given().contentType("application/json").body("{\"value\":0.6}").put("/rules/thresholds/complaint").then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "bot", roles = "integration")
    void integrationsCannotReadTheRules() {
        given().get("/rules").then().statusCode(403);
    }
}
