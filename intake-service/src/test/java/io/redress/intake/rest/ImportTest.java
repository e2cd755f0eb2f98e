package io.redress.intake.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.intake.ProviderStubs;

@QuarkusTest
@QuarkusTestResource(ProviderStubs.class)
@TestSecurity(user = "migration", roles = "integration")
class ImportTest {

    static String line(String externalId, String text) {
        return "{\"channel\": \"webform\", \"externalId\": \"" + externalId + "\", \"author\": {\"handle\": \"imp-" + externalId
                + "\"}, \"text\": \"" + text + "\", \"receivedAt\": \"2025-03-01T10:00:00Z\"}";
    }

    @Test
    void jsonLinesAreImportedWithLineNumberedRejectionsAndASecondRunFindsDuplicates() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String file = line(a, "Old complaint one") + "\n\n" + "{\"channel\": \"fax\"}\n" + line(b, "Old complaint two") + "\n"
                + "not json\n" + line(UUID.randomUUID().toString(), "") + "\n";
        given().contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8)).post("/imports").then().statusCode(200)
                .body("imported", equalTo(2)).body("duplicates", equalTo(0))
                .body("rejected", hasSize(3))
                .body("rejected.line", hasItem(3)).body("rejected.field", hasItem("channel"))
                .body("rejected.line", hasItem(5)).body("rejected.field", hasItem("text"))
                .body("nextLine", equalTo(7));
        given().contentType("application/x-ndjson").queryParam("fromLine", 4).body(file.getBytes(StandardCharsets.UTF_8)).post("/imports").then().statusCode(200)
                .body("imported", equalTo(0)).body("duplicates", equalTo(1)).body("rejected.line", hasItem(6));
    }

    @Test
    void csvWithQuotedFieldsIsImported() {
        String id = UUID.randomUUID().toString();
        String file = "channel,externalId,handle,displayName,email,followers,text,visibility,url,inReplyTo,receivedAt\n"
                + "email," + id + ",anna,\"Köhler, Anna\",anna@example.org,,\"Two lines,\nwith \"\"quotes\"\"\",,,,2025-01-02T03:04:05Z\n"
                + "x,x-" + id + ",rina,,,many,text,,,,\n";
        given().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post("/imports").then().statusCode(200)
                .body("imported", equalTo(1))
                .body("rejected[0].line", equalTo(4)).body("rejected[0].field", equalTo("followers"));
        given().contentType("text/csv").body("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).post("/imports").then().statusCode(400)
                .body("violations.field", hasItem("header"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void anAgentCannotImport() {
        given().contentType("text/csv").body("x".getBytes(StandardCharsets.UTF_8)).post("/imports").then().statusCode(403);
    }
}
