package io.redress.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/**
 * The three services against the real PostgreSQL and Kafka, each on its own fresh database and on topics no
 * other run uses, so the test sees exactly what it caused.
 */
final class Suite implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    static final String DB_HOST = env("DB_HOST", "127.0.0.1");
    static final String DB_PORT = env("DB_PORT", "5432");
    static final String KAFKA = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    static final List<String> TOPICS = List.of("complaints.received.v1", "complaints.triaged.v1", "cases.opened.v1",
            "complaints.received.v1.triage.dlq", "complaints.triaged.v1.followup.dlq");

    final String topicPrefix = "e2e-" + System.currentTimeMillis() + ".";
    final ServiceProcess intake;
    final ServiceProcess triage;
    final ServiceProcess followup;
    final SuiteTokens tokens;
    /** Stands in for the X API, which intake calls to deliver replies. */
    final WireMockServer x = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    Suite() throws Exception {
        Path root = Path.of(System.getProperty("redress.root", ".."));
        Path logs = Files.createDirectories(root.resolve("end-to-end/target/e2e-logs"));
        for (String service : List.of("intake", "triage", "followup")) {
            resetDatabase(service);
        }
        createTopics();
        x.start();
        tokens = new SuiteTokens(root.resolve("end-to-end/target/e2e-keys"));
        // The journey acts as a supervisor, the one role allowed on every endpoint it calls.
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + tokens.forRole("supervisor")).build();
        intake = new ServiceProcess("intake-service", root, logs, environment("intake"));
        triage = new ServiceProcess("triage-service", root, logs, environment("triage"));
        followup = new ServiceProcess("followup-service", root, logs, environment("followup"));
        try {
            intake.start();
            triage.start();
            followup.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    Connection database(String service) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + DB_HOST + ":" + DB_PORT + "/" + service + "_e2e", service, service);
    }

    private Map<String, String> environment(String service) {
        var environment = new HashMap<String, String>();
        environment.put("DB_HOST", DB_HOST);
        environment.put("DB_PORT", DB_PORT);
        environment.put("DB_NAME", service + "_e2e");
        environment.put("DB_USER", service);
        environment.put("DB_PASSWORD", service);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA);
        environment.put("REDRESS_TOPICS_PREFIX", topicPrefix);
        environment.put("REDRESS_JWT_ISSUER", SuiteTokens.ISSUER);
        environment.put("REDRESS_JWT_PUBLIC_KEY_LOCATION", tokens.publicKey.toString());
        environment.put("X_API_URL", x.baseUrl());
        environment.put("X_ACCESS_TOKEN", "e2e-x-token");
        return environment;
    }

    /** Each run starts from an empty schema; Flyway in the service builds it again on start. */
    private void resetDatabase(String service) throws SQLException {
        try (Connection db = database(service); var sql = db.createStatement()) {
            sql.execute("drop schema if exists public cascade");
            sql.execute("create schema public");
        }
    }

    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA))) {
            admin.createTopics(TOPICS.stream()
                    .map(topic -> new NewTopic(topicPrefix + topic, Optional.of(3), Optional.empty()))
                    .toList()).all().get();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : List.of(followup, triage, intake)) {
            service.stop();
        }
        x.stop();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
