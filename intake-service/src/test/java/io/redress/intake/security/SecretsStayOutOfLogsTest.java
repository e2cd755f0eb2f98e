package io.redress.intake.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Neither a bearer token, good or bad, nor what a customer wrote reaches the log at the configured levels. */
@QuarkusTest
class SecretsStayOutOfLogsTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + " " + List.of(record.getParameters() == null ? new Object[0]
                    : record.getParameters()) + " " + (record.getThrown() == null ? "" : record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureEverythingLogged() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void tokensAndComplaintTextAreNeverLogged() throws Exception {
        String good = Tokens.forRole("agent");
        String forged = Tokens.withForeignKey("agent");
        String expired = Tokens.expired("agent");
        String marker = "private-detail-" + UUID.randomUUID();
        var body = Map.of("channel", "email", "externalId", UUID.randomUUID().toString(),
                "author", Map.of("handle", "someone@example.com"), "text", "My card number is " + marker);

        given().auth().oauth2(good).contentType(ContentType.JSON).body(body).post("/complaints").then().statusCode(201);
        given().auth().oauth2(good).contentType(ContentType.JSON).body("{\"text\": \"" + marker)
                .post("/complaints").then().statusCode(400);
        given().auth().oauth2(forged).get("/complaints/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(expired).get("/complaints/{id}", UUID.randomUUID()).then().statusCode(401);

        for (String secret : List.of(good, forged, expired, signature(good), marker)) {
            assertTrue(logged.stream().noneMatch(line -> line.contains(secret)), () -> "logged: " + secret);
        }
    }

    private static String signature(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }
}
