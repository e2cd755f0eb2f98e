package io.redress.events.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The records and the published schemas must describe the same JSON, or consumers in other languages break. */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void complaintReceivedMatchesItsSchema() throws Exception {
        var event = new ComplaintReceived(UUID.randomUUID(), "x", "1850000000000000001",
                new ComplaintReceived.Author("@rina", "Rina", 1200L), "My order never arrived!", "public",
                "https://x.com/rina/status/1850000000000000001", null, NOW);
        assertEquals(Set.of(), errors(ComplaintReceived.SCHEMA, JSON.valueToTree(event)));
    }

    @Test
    void complaintTriagedMatchesItsSchema() throws Exception {
        var event = new ComplaintTriaged(UUID.randomUUID(), "email", "private", "lv", 0.93, "P3",
                List.of("language lv detected"), NOW, NOW.plusSeconds(1));
        assertEquals(Set.of(), errors(ComplaintTriaged.SCHEMA, JSON.valueToTree(event)));
    }

    @Test
    void caseOpenedMatchesItsSchema() throws Exception {
        var event = new CaseOpened(UUID.randomUUID(), UUID.randomUUID(), "P2", NOW, NOW.plusSeconds(4 * 3600));
        assertEquals(Set.of(), errors(CaseOpened.SCHEMA, JSON.valueToTree(event)));
    }

    @Test
    void schemaRejectsAnEventWithoutItsRequiredText() throws Exception {
        var event = new ComplaintReceived(UUID.randomUUID(), "x", "1", new ComplaintReceived.Author("@a", null, null),
                "text", "public", null, null, NOW);
        ObjectNode json = JSON.valueToTree(event);
        json.remove("text");
        Set<ValidationMessage> errors = errors(ComplaintReceived.SCHEMA, json);
        assertFalse(errors.isEmpty());
        assertTrue(errors.iterator().next().getMessage().contains("text"), errors.toString());
    }

    @Test
    void schemaRejectsAnUnknownPriority() throws Exception {
        var event = new CaseOpened(UUID.randomUUID(), UUID.randomUUID(), "URGENT", NOW, NOW);
        assertFalse(errors(CaseOpened.SCHEMA, JSON.valueToTree(event)).isEmpty());
    }

    private static Set<ValidationMessage> errors(String schemaPath, JsonNode json) throws Exception {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(schemaPath)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            return schema.validate(json);
        }
    }
}
