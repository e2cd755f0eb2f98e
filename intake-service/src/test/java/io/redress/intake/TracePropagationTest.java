package io.redress.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.events.v1.ComplaintReceived;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "web-form", roles = "integration")
class TracePropagationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Test
    void theTraceOfTheRequestThatPostedAComplaintTravelsWithItsEvent() {
        try (var topic = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintReceived.TOPIC))) {
            String id = given().contentType(ContentType.JSON)
                    .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                    .body(Map.of("channel", "webform", "externalId", "trace-" + UUID.randomUUID(),
                            "author", Map.of("handle", "trace.test"), "text", "My invoice is wrong twice over.",
                            "visibility", "private", "receivedAt", "2026-11-23T09:00:00Z"))
                    .post("/complaints")
                    .then().statusCode(201).extract().path("id");

            ConsumerRecord<String, String> record = topic.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30))
                    .get(0);

            String traceParent = KafkaTopicReader.header(record, "traceparent");
            assertNotNull(traceParent, "the record carries a traceparent header");
            String[] parts = traceParent.split("-");
            assertEquals(TRACE_ID, parts[1], "same trace as the HTTP request");
            assertNotEquals(CALLER_SPAN, parts[2], "the parent is the relay's producer span, not the caller's");
            assertEquals("01", parts[3], "the caller's sampling decision is kept");
        }
    }
}
