package io.redress.intake.rest;

import static io.redress.intake.Fixtures.direct;
import static io.redress.intake.Fixtures.person;
import static io.redress.intake.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.CustomerErased;
import io.redress.intake.KafkaTopicReader;
import io.redress.intake.ProviderStubs;
import io.redress.intake.Rows;
import io.redress.intake.model.Channel;
import io.redress.intake.service.Inbound;
import io.redress.intake.service.Intake;
import io.redress.intake.service.Taken;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(ProviderStubs.class)
class CustomersTest {

    @Inject
    Intake intake;

    @Inject
    Rows rows;

    Taken emailFrom(String address, String text) {
        var sender = new Inbound.Sender(null, address, "Rina Secret", null, address, null);
        return intake.take(new Inbound(Channel.EMAIL, unique() + "@mail.example.org", sender, text, null, null, List.of(), null,
                Instant.now(), List.of(new Inbound.AttachmentInfo("contract-secret.pdf", "application/pdf", 10, "b".repeat(64))),
                Inbound.Route.CONVERSATION, "mail-gateway"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aMessageFromALinkedIdentityFindsTheSameCustomerAndAMergeMovesTheHistory() {
        String handle = "@one" + unique().substring(0, 8);
        Taken onX = intake.take(direct(Channel.X, person(unique(), handle), "Lost bag", Instant.now(), null));
        String address = "one." + unique().substring(0, 8) + "@example.org";
        Taken byMail = emailFrom(address, "About my lost bag");
        UUID customer = onX.complaint().customerId;
        UUID other = byMail.complaint().customerId;
        assertFalse(customer.equals(other), "nothing linked them yet");

        given().contentType(ContentType.JSON).body(Map.of("kind", "email", "value", address))
                .post("/customers/{id}/identities", customer).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("kind", "fax", "value", "1"))
                .post("/customers/{id}/identities", customer).then().statusCode(400).body("violations.field", hasItem("kind"));

        given().contentType(ContentType.JSON).body(Map.of("from", other)).post("/customers/{id}/merge", customer)
                .then().statusCode(200)
                .body("complaints.id", hasItem(byMail.complaint().id.toString()))
                .body("identities.kind", hasItem("email"));
        given().get("/customers/{id}", other).then().statusCode(200).body("id", equalTo(customer.toString()));

        Taken next = emailFrom(address, "Any news on the bag?");
        assertEquals(customer, next.complaint().customerId);
        String phone = "+44 20 7946 " + (1000 + (int) (Math.random() * 8999));
        given().contentType(ContentType.JSON).body(Map.of("kind", "phone", "value", phone))
                .post("/customers/{id}/identities", customer).then().statusCode(200)
                .body("identities.kind", hasItem("phone"));
        assertEquals(1L, rows.count("audit_entry", "action || cast(customer_id as varchar)", "customer-merged" + customer));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void anExportHoldsEverythingAndAnErasureRemovesThePersonalDataButKeepsThatItHappened() throws Exception {
        String address = "erase." + unique().substring(0, 8) + "@example.org";
        Taken first = emailFrom(address, "My IBAN is DE89370400440532013000, please refund");
        UUID customer = first.complaint().customerId;

        given().get("/customers/{id}/export", customer).then().statusCode(200)
                .body(containsString("DE89370400440532013000"))
                .body(containsString(address))
                .body(containsString("contract-secret.pdf"))
                .body("complaints", hasSize(1));

        try (var erasures = new KafkaTopicReader(KafkaTopicReader.topic(CustomerErased.TOPIC))) {
            given().delete("/customers/{id}", customer).then().statusCode(200)
                    .body("complaintIds", hasItem(first.complaint().id.toString()));
            var events = erasures.await(r -> r.key().equals(customer.toString()), 1, Duration.ofSeconds(30));
            assertEquals(1, events.size());
            assertTrue(events.get(0).value().contains(first.complaint().id.toString()));
        }
        String export = given().get("/customers/{id}/export", customer).then().statusCode(200).extract().asString();
        for (String personal : List.of("DE89370400440532013000", address, "contract-secret.pdf", "Rina Secret")) {
            assertFalse(export.contains(personal), "still held: " + personal);
        }
        given().delete("/customers/{id}", customer).then().statusCode(200);
        assertEquals(1L, rows.count("audit_entry", "action || cast(customer_id as varchar) || coalesce(cast(complaint_id as varchar), '')",
                "customer-erased" + customer));
        given().delete("/customers/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alice", roles = { "agent", "supervisor" })
    void onlyAnAdminMayExportOrErase() {
        Taken taken = emailFrom("x." + unique().substring(0, 8) + "@example.org", "hello");
        given().get("/customers/{id}/export", taken.complaint().customerId).then().statusCode(403);
        given().delete("/customers/{id}", taken.complaint().customerId).then().statusCode(403)
                .body(not(containsString("hello")));
    }
}
