package io.redress.intake.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.redress.intake.Fixtures.mention;
import static io.redress.intake.Fixtures.person;
import static io.redress.intake.Fixtures.unique;
import static io.redress.intake.ProviderStubs.providers;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.ComplaintReceived;
import io.redress.events.v1.PostReceived;
import io.redress.events.v1.ReplyDelivered;
import io.redress.intake.KafkaTopicReader;
import io.redress.intake.ProviderStubs;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;
import io.redress.intake.service.ChannelSwitch;
import io.redress.intake.service.Inbound;
import io.redress.intake.service.Intake;
import io.redress.intake.service.Taken;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(ProviderStubs.class)
@TestSecurity(user = "alice", roles = "agent")
class ThreadPrivacyTest {

    private static final List<String> TOPICS = List.of(ComplaintReceived.TOPIC, ComplaintMessageAdded.TOPIC,
            PostReceived.TOPIC, ReplyDelivered.TOPIC);

    @Inject
    Intake intake;

    record Conversation(Taken complaint, String orderNumber, String address, String attachment) {
    }

    /** A public complaint on X, moved to e-mail, where the customer reveals an order number, address and a file. */
    Conversation switchedToEmail() {
        // Letters outside hex and digits: a bare-digit marker can match a timestamp's fraction by chance.
        String marker = "kx" + unique().substring(0, 6);
        var customer = person(unique(), "@pv" + marker);
        Taken complaint = intake.take(mention(Channel.X, customer, "Refund me, you charged me twice!", Instant.now()));
        providers.stubFor(post(urlEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(complaint.complaint().externalId)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\": {\"id\": \"notice-" + marker + "\"}}")));
        String address = "secret." + marker + "@example.org";
        given().contentType(ContentType.JSON).body(Map.of("to", "email", "email", address))
                .post("/complaints/{id}/switch", complaint.complaint().id)
                .then().statusCode(200).body("currentChannel", org.hamcrest.Matchers.equalTo("email"));

        String order = "ORD-" + marker.toUpperCase();
        String attachment = "passport-" + marker + ".pdf";
        var sender = new Inbound.Sender(null, address, "Rina", null, address, null);
        Taken mail = intake.take(new Inbound(Channel.EMAIL, unique() + "@mail.example.org", sender,
                "My order number is " + order + ", write to " + address, Visibility.PRIVATE, null, List.of(), null,
                Instant.now(), List.of(new Inbound.AttachmentInfo(attachment, "application/pdf", 1234, "a".repeat(64))),
                Inbound.Route.CONVERSATION, "mail-gateway"));
        assertEquals(complaint.complaint().id, mail.complaint().id, "the e-mail continues the same complaint");
        return new Conversation(complaint, order, address, attachment);
    }

    @Test
    void thePublicViewShowsNothingDerivedFromPrivateMessagesAndNoPublicEventCarriesIt() throws Exception {
        var readers = new ArrayList<KafkaTopicReader>();
        TOPICS.forEach(topic -> readers.add(new KafkaTopicReader(KafkaTopicReader.topic(topic))));
        try {
            Conversation conversation = switchedToEmail();
            String id = conversation.complaint().complaint().id.toString();

            String publicView = given().get("/complaints/{id}/thread?view=public", id).then().statusCode(200)
                    .body("items.visibility", not(hasItem("private")))
                    .body("items.text", hasItems("Refund me, you charged me twice!", ChannelSwitch.PUBLIC_NOTICE))
                    .extract().asString();
            for (String secret : List.of(conversation.orderNumber(), conversation.address(), conversation.attachment(),
                    conversation.orderNumber().substring(4))) {
                assertFalse(publicView.contains(secret), "the public view reveals " + secret);
            }

            given().get("/complaints/{id}/thread", id).then().statusCode(200)
                    .body("items.visibility", hasItems("public", "private"))
                    .body("items.attachments.flatten().name", hasItem(conversation.attachment()))
                    .body(containsString(conversation.orderNumber()));

            List<ConsumerRecord<String, String>> events = new ArrayList<>();
            for (KafkaTopicReader reader : readers) {
                events.addAll(reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(5)));
            }
            assertFalse(events.isEmpty());
            for (ConsumerRecord<String, String> event : events) {
                if (event.value().contains("\"visibility\":\"private\"")) {
                    continue;
                }
                for (String secret : List.of(conversation.orderNumber(), conversation.address(), conversation.attachment())) {
                    assertFalse(event.value().contains(secret), event.topic() + " carries " + secret + ": " + event.value());
                }
            }
        } finally {
            readers.forEach(KafkaTopicReader::close);
        }
    }

    @Test
    void theAuditTrailRecordsTheHandoffWithoutThePersonalData() {
        Conversation conversation = switchedToEmail();
        String audit = given().get("/complaints/{id}/audit", conversation.complaint().complaint().id).then().statusCode(200)
                .body("action", hasItems("opened", "channel-switched", "reply-sent", "message-received"))
                .body("find { it.action == 'channel-switched' }.before.channel", org.hamcrest.Matchers.equalTo("x"))
                .body("find { it.action == 'channel-switched' }.after.channel", org.hamcrest.Matchers.equalTo("email"))
                .body("find { it.action == 'channel-switched' }.actor", org.hamcrest.Matchers.equalTo("alice"))
                .extract().asString();
        assertFalse(audit.contains(conversation.address()));
        assertFalse(audit.contains(conversation.orderNumber()));
    }

    @Test
    void aSwitchToEmailWithoutAnAddressIsRefusedNamingTheField() {
        Taken complaint = intake.take(mention(Channel.X, person(unique(), "@noaddr" + unique()), "refund please",
                Instant.now()));
        given().contentType(ContentType.JSON).body(Map.of("to", "email")).post("/complaints/{id}/switch", complaint.complaint().id)
                .then().statusCode(400).body("violations.field", hasItem("email"));
        given().contentType(ContentType.JSON).body(Map.of("to", "fax")).post("/complaints/{id}/switch", complaint.complaint().id)
                .then().statusCode(400).body("violations.field", hasItem("to"));
        given().contentType(ContentType.JSON).body(Map.of("to", "dm")).post("/complaints/{id}/switch", java.util.UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "crm-sync", roles = "integration")
    void anIntegrationMayReadOnlyThePublicView() {
        Taken complaint = intake.take(mention(Channel.X, person(unique(), "@int" + unique()), "refund please", Instant.now()));
        given().get("/complaints/{id}/thread?view=public", complaint.complaint().id).then().statusCode(200);
        given().get("/complaints/{id}/thread", complaint.complaint().id).then().statusCode(403);
        given().get("/complaints/{id}/audit", complaint.complaint().id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("to", "dm")).post("/complaints/{id}/switch", complaint.complaint().id)
                .then().statusCode(403);
    }
}
