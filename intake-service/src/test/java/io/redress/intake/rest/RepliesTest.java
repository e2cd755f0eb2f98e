package io.redress.intake.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.redress.intake.Fixtures.direct;
import static io.redress.intake.Fixtures.mention;
import static io.redress.intake.Fixtures.person;
import static io.redress.intake.Fixtures.unique;
import static io.redress.intake.ProviderStubs.providers;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.ReplyDelivered;
import io.redress.events.v1.ReplyRequested;
import io.redress.intake.KafkaTopicReader;
import io.redress.intake.KafkaTopicWriter;
import io.redress.intake.ProviderStubs;
import io.redress.intake.Rows;
import io.redress.intake.model.Channel;
import io.redress.intake.service.Intake;
import io.redress.intake.service.Replies;
import io.redress.intake.service.Taken;

@QuarkusTest
@QuarkusTestResource(ProviderStubs.class)
@TestSecurity(user = "alice", roles = "agent")
class RepliesTest {

    @Inject
    Intake intake;

    @Inject
    Replies replies;

    @Inject
    Rows rows;

    static ReplyRequested request(UUID complaintId, String visibility, String text) {
        return new ReplyRequested(UUID.randomUUID(), UUID.randomUUID(), complaintId, visibility, text, "reply", "alice",
                Instant.now());
    }

    Taken publicComplaintOnX() {
        return intake.take(mention(Channel.X, person(unique(), "@r" + unique()), "I want a refund, the seat was broken",
                Instant.now()));
    }

    String delivery(UUID replyId) {
        return (String) rows.single("select delivery || '|' || attempts || '|' || coalesce(external_id, '-') || '|'"
                + " || coalesce(failure, '-') from message where reply_id = :p", replyId);
    }

    @Test
    void aRequestedPublicReplyIsPostedOnXAndReportedAsDelivered() throws Exception {
        Taken complaint = publicComplaintOnX();
        String tweetId = String.valueOf(System.nanoTime());
        providers.stubFor(post(urlEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(complaint.complaint().externalId)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\": {\"id\": \"" + tweetId + "\", \"edit_history_tweet_ids\": [\"" + tweetId
                                + "\"], \"text\": \"Sorry\"}}")));
        ReplyRequested request = request(complaint.complaint().id, "public", "We are sorry, we are looking into it.");
        try (var delivered = new KafkaTopicReader(KafkaTopicReader.topic(ReplyDelivered.TOPIC))) {
            KafkaTopicWriter.publish(ReplyRequested.TOPIC, ReplyRequested.TYPE, complaint.complaint().id.toString(), request);
            var events = delivered.await(r -> r.value().contains(request.replyId().toString()), 1, Duration.ofSeconds(60));
            assertEquals(1, events.size());
            assertTrue(events.get(0).value().contains("\"status\":\"sent\""), events.get(0).value());
            assertTrue(events.get(0).value().contains("\"externalId\":\"" + tweetId + "\""), events.get(0).value());
        }
        providers.verify(postRequestedFor(urlEqualTo("/2/tweets"))
                .withHeader("Authorization", equalTo("Bearer test-x-token"))
                .withRequestBody(equalToJson("{\"text\": \"We are sorry, we are looking into it.\", \"reply\": "
                        + "{\"in_reply_to_tweet_id\": \"" + complaint.complaint().externalId + "\"}}")));
        given().get("/complaints/{id}/thread", complaint.complaint().id).then().statusCode(200)
                .body("items.direction", hasItem("outbound")).body("items.delivery", hasItem("sent"));
    }

    @Test
    void aPrivateReplyOnXIsADirectMessageToTheCustomer() {
        var customer = person(unique(), "@dm" + unique());
        Taken complaint = intake.take(direct(Channel.X, customer, "Booking lost", Instant.now(), "dm:" + customer.key()));
        providers.stubFor(post(urlEqualTo("/2/dm_conversations/with/" + customer.key() + "/messages"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\": {\"dm_conversation_id\": \"1-2\", \"dm_event_id\": \"dm-" + customer.key() + "\"}}")));
        ReplyRequested request = request(complaint.complaint().id, "private", "Could you send us your booking reference?");
        replies.deliver(unique(), request);
        assertEquals("SENT|1|dm-" + customer.key() + "|-", delivery(request.replyId()));
    }

    @Test
    void aPrivateReplyOnMessengerGoesToTheSendersPageScopedId() {
        var customer = person(unique(), "psid");
        Taken complaint = intake.take(direct(Channel.MESSENGER, customer, "Refund?", Instant.now(), "psid:" + customer.key()));
        providers.stubFor(post(urlPathEqualTo("/v21.0/me/messages"))
                .withQueryParam("access_token", equalTo("test-page-token"))
                .withRequestBody(matchingJsonPath("$.recipient.id", equalTo(customer.key())))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"recipient_id\": \"" + customer.key() + "\", \"message_id\": \"m_" + customer.key() + "\"}")));
        ReplyRequested request = request(complaint.complaint().id, "private", "We have refunded you.");
        replies.deliver(unique(), request);
        assertEquals("SENT|1|m_" + customer.key() + "|-", delivery(request.replyId()));
    }

    @Test
    void aPublicReplyToAFacebookCommentIsACommentReply() {
        String comment = "1234_" + unique();
        Taken complaint = intake.take(new io.redress.intake.service.Inbound(Channel.FACEBOOK, comment,
                person(unique(), "Rina"), "Refund my ticket", io.redress.intake.model.Visibility.PUBLIC, null,
                java.util.List.of(), null, Instant.now(), java.util.List.of(), io.redress.intake.service.Inbound.Route.MENTION,
                "test"));
        providers.stubFor(post(urlPathEqualTo("/v21.0/" + comment + "/comments"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"" + comment + "_reply\"}")));
        ReplyRequested request = request(complaint.complaint().id, "public", "Sorry! Please check your messages.");
        replies.deliver(unique(), request);
        assertEquals("SENT|1|" + comment + "_reply|-", delivery(request.replyId()));
    }

    @Test
    void anEmailReplyGoesOutOverSmtpAnsweringTheCustomersMessage() throws Exception {
        String address = "anna." + unique().substring(0, 8) + "@example.org";
        var customer = new io.redress.intake.service.Inbound.Sender(null, address, "Anna", null, address, null);
        Taken complaint = intake.take(direct(Channel.EMAIL, customer, "Invoice wrong", Instant.now(), null));
        ReplyRequested request = request(complaint.complaint().id, "private", "We have corrected your invoice.");
        replies.deliver(unique(), request);

        assertTrue(delivery(request.replyId()).startsWith("SENT|1|"), delivery(request.replyId()));
        MimeMessage sent = java.util.Arrays.stream(ProviderStubs.smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertEquals("<" + complaint.complaint().externalId + ">", sent.getHeader("In-Reply-To")[0]);
        assertTrue(String.valueOf(sent.getContent()).contains("We have corrected your invoice."));
    }

    @Test
    void aProviderOutageIsRetriedWithBackoffAndTheAttemptsAreReported() {
        Taken complaint = publicComplaintOnX();
        String scenario = "outage-" + complaint.complaint().externalId;
        Supplier<MappingBuilder> stub = () -> post(urlEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(complaint.complaint().externalId)));
        providers.stubFor(stub.get().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        providers.stubFor(stub.get().inScenario(scenario).whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(429)).willSetStateTo("third"));
        providers.stubFor(stub.get().inScenario(scenario).whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\": {\"id\": \"third-time\"}}")));
        ReplyRequested request = request(complaint.complaint().id, "public", "Looking into it.");
        replies.deliver(unique(), request);
        assertEquals("SENT|3|third-time|-", delivery(request.replyId()));
    }

    @Test
    void aRefusalByTheProviderIsReportedFailedWithTheReasonWithoutRetrying() {
        Taken complaint = publicComplaintOnX();
        providers.stubFor(post(urlEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(complaint.complaint().externalId)))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"title\": \"Forbidden\", \"detail\": \"You are not allowed to reply\"}")));
        ReplyRequested request = request(complaint.complaint().id, "public", "Sorry about that.");
        replies.deliver(unique(), request);
        assertEquals("FAILED|1|-|the provider answered HTTP 403", delivery(request.replyId()));
    }

    @Test
    void theSameReplyRequestedTwiceIsDeliveredOnce() {
        var customer = person(unique(), "@twice" + unique());
        Taken complaint = intake.take(direct(Channel.X, customer, "Hello", Instant.now(), "dm:" + customer.key()));
        String path = "/2/dm_conversations/with/" + customer.key() + "/messages";
        providers.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"data\": {\"dm_event_id\": \"once\"}}")));
        ReplyRequested request = request(complaint.complaint().id, "private", "Hi");
        replies.deliver(unique(), request);
        replies.deliver(unique(), request);
        providers.verify(1, postRequestedFor(urlEqualTo(path)));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aPublicReplyRevealingAPrivateOrderNumberIsRefusedAndNeverSent() {
        var customer = person(unique(), "@leak" + unique());
        Taken complaint = intake.take(mention(Channel.X, customer, "Refund me now", Instant.now()));
        intake.take(direct(Channel.X, customer, "My order is 88-4410-21, mail me at leak@example.org", Instant.now(),
                "dm:" + customer.key()));
        ReplyRequested request = request(complaint.complaint().id, "public", "Hi, we found order 88441021 for you!");
        replies.deliver(unique(), request);
        assertTrue(delivery(request.replyId()).startsWith("FAILED|0|-|refused"), delivery(request.replyId()));
        providers.verify(0, postRequestedFor(urlEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.text", equalTo("Hi, we found order 88441021 for you!"))));
    }
}
