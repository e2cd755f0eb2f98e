package io.redress.followup.events;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.redress.events.v1.ComplaintTriaged;

/**
 * Whatever a producer (or an attacker with access to the topic) puts in a ComplaintTriaged record, the reader
 * either returns a schema-valid event or refuses it as malformed, which parks it on the dead-letter topic; no
 * other exception, no hang. Jackson is configured as Quarkus configures it.
 */
class EventReaderFuzzTest {

    private static final EventReader READER = new EventReader(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    @FuzzTest(maxDuration = "2m")
    void anyPayloadIsAValidEventOrMalformed(byte[] payload) {
        try {
            assertNotNull(READER.read(new String(payload, StandardCharsets.UTF_8), ComplaintTriaged.class, ComplaintTriaged.SCHEMA));
        } catch (MalformedEvent refused) {
            assertNotNull(refused.getMessage());
        }
    }
}
