package io.redress.intake.rest;

import static io.redress.intake.Fixtures.mention;
import static io.redress.intake.Fixtures.person;
import static io.redress.intake.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.PostScored;
import io.redress.intake.KafkaTopicWriter;
import io.redress.intake.ProviderStubs;
import io.redress.intake.Rows;
import io.redress.intake.model.Channel;
import io.redress.intake.service.Intake;

@QuarkusTest
@QuarkusTestResource(ProviderStubs.class)
@TestSecurity(user = "alice", roles = "agent")
class PostsTest {

    @Inject
    Intake intake;

    @Inject
    Rows rows;

    UUID newPost(String text) {
        return intake.take(mention(Channel.X, person(unique(), "@p" + unique()), text, Instant.now())).post().id;
    }

    @Test
    void newPostsAreListedByStatusAndChannel() {
        UUID post = newPost("Is the app down for anyone else?");
        given().queryParam("status", "new").queryParam("channel", "x").queryParam("limit", 500).get("/posts")
                .then().statusCode(200)
                .body("id", hasItem(post.toString()))
                .body("status", everyItem(equalTo("new")))
                .body("channel", everyItem(equalTo("x")));
    }

    @Test
    void aBadFilterIsRefusedNamingIt() {
        given().queryParam("status", "open").get("/posts").then().statusCode(400).body("violations.field", hasItem("status"));
        given().queryParam("limit", 0).get("/posts").then().statusCode(400);
    }

    @Test
    void convertingAPostIsOneCallAndSafeToRepeat() {
        UUID post = newPost("Waited an hour on the phone today");
        String complaint = given().post("/posts/{id}/convert", post).then().statusCode(201)
                .body("channel", equalTo("x")).body("visibility", equalTo("public")).extract().path("id");
        given().post("/posts/{id}/convert", post).then().statusCode(200).body("id", equalTo(complaint));
        assertEquals(1, rows.count("complaint", "cast(id as varchar)", complaint));
        given().get("/complaints/{id}/audit", complaint).then().statusCode(200)
                .body("action", hasItem("post-converted")).body("actor", hasItem("alice"));
    }

    @Test
    void aDismissedPostStaysAPostAndAConvertedOneCannotBeDismissed() {
        UUID dismissed = newPost("Lovely weather");
        given().post("/posts/{id}/dismiss", dismissed).then().statusCode(200).body("status", equalTo("dismissed"));
        UUID converted = newPost("Broken on arrival");
        given().post("/posts/{id}/convert", converted).then().statusCode(201);
        given().post("/posts/{id}/dismiss", converted).then().statusCode(409).contentType("application/problem+json");
        given().post("/posts/{id}/convert", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void triagesScoreAtTheThresholdConvertsAPostAndBelowItDoesNot() throws Exception {
        UUID likely = newPost("Third time the train was cancelled");
        UUID unlikely = newPost("Train looks nice");
        KafkaTopicWriter.publish(PostScored.TOPIC, PostScored.TYPE, likely.toString(),
                new PostScored(likely, 0.7, "en", List.of("cancelled"), Instant.now()));
        KafkaTopicWriter.publish(PostScored.TOPIC, PostScored.TYPE, unlikely.toString(),
                new PostScored(unlikely, 0.2, "en", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.count("post", "cast(id as varchar) || status",
                likely + "CONVERTED") == 1);
        assertEquals(1, rows.count("post", "cast(id as varchar) || status", unlikely + "NEW"));
    }

    @Test
    @TestSecurity(user = "bot", roles = "integration")
    void anIntegrationCannotListOrConvertPosts() {
        given().get("/posts").then().statusCode(403);
        given().post("/posts/{id}/convert", UUID.randomUUID()).then().statusCode(403);
    }
}
