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
                "https://x.com/rina/status/1850000000000000001", null, NOW, null, null, null);
        assertEquals(Set.of(), errors(ComplaintReceived.SCHEMA, JSON.valueToTree(event)));
    }

    @Test
    void complaintTriagedMatchesItsSchema() throws Exception {
        var event = new ComplaintTriaged(UUID.randomUUID(), "email", "private", "lv", 0.93, "P3",
                List.of("language lv detected"), NOW, NOW.plusSeconds(1), 1, null, null, null, null, null, null, null,
                null, null, null, null, null);
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
                "text", "public", null, null, NOW, null, null, null);
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

    @Test
    void complaintReceivedWithCustomerHistoryMatchesItsSchema() throws Exception {
        var event = new ComplaintReceived(UUID.randomUUID(), "messenger", "m_1", new ComplaintReceived.Author("1002", null, null),
                "Still no refund", "private", null, null, NOW, UUID.randomUUID(), 3, UUID.randomUUID());
        assertEquals(Set.of(), errors(ComplaintReceived.SCHEMA, JSON.valueToTree(event)));
    }

    @Test
    void fullComplaintTriagedMatchesItsSchema() throws Exception {
        var event = new ComplaintTriaged(UUID.randomUUID(), "x", "public", "bn", 0.88, "P1",
                List.of("threat: 'burn'"), NOW, NOW.plusSeconds(1), 2, "agent-7", 0.97, -0.8, 0.9, "aggressive",
                List.of("threat", "public-reach"), "delivery", "courier", "social-care",
                new ComplaintTriaged.SlaPolicy("urgent", "PT1H", "PT2H", "P1D", "24x7"),
                List.of(new ComplaintTriaged.PlaybookStep("escalate-safety", "Escalate to safety and legal now")),
                UUID.randomUUID());
        assertEquals(Set.of(), errors(ComplaintTriaged.SCHEMA, JSON.valueToTree(event)));
    }

    @Test
    void complaintMessageAddedMatchesItsSchema() throws Exception {
        var event = new ComplaintMessageAdded(UUID.randomUUID(), UUID.randomUUID(), "email", "<a1@example.com>",
                new ComplaintReceived.Author("rina@example.com", "Rina", null), "Any news?", "private", NOW, true);
        assertEquals(Set.of(), errors(ComplaintMessageAdded.SCHEMA, JSON.valueToTree(event)));
    }

    @Test
    void postEventsMatchTheirSchemas() throws Exception {
        UUID postId = UUID.randomUUID();
        var received = new PostReceived(postId, "youtube", "Ugz1", new ComplaintReceived.Author("@tube", null, 10L),
                "this blender broke in a week", "https://youtube.com/watch?v=1", NOW);
        var scored = new PostScored(postId, 0.82, "en", List.of("defect cue: 'broke'"), NOW);
        assertEquals(Set.of(), errors(PostReceived.SCHEMA, JSON.valueToTree(received)));
        assertEquals(Set.of(), errors(PostScored.SCHEMA, JSON.valueToTree(scored)));
    }

    @Test
    void replyEventsMatchTheirSchemas() throws Exception {
        UUID replyId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        UUID complaintId = UUID.randomUUID();
        var requested = new ReplyRequested(replyId, caseId, complaintId, "public", "We are sorry. We have sent you a DM.",
                "reply", "agent-7", NOW);
        var delivered = new ReplyDelivered(replyId, caseId, complaintId, "failed", "x", null, "429 from provider", 5, NOW);
        assertEquals(Set.of(), errors(ReplyRequested.SCHEMA, JSON.valueToTree(requested)));
        assertEquals(Set.of(), errors(ReplyDelivered.SCHEMA, JSON.valueToTree(delivered)));
    }

    @Test
    void privacyAndIncidentEventsMatchTheirSchemas() throws Exception {
        var erased = new CustomerErased(UUID.randomUUID(), List.of(UUID.randomUUID()), NOW);
        var incident = new IncidentUpdated(UUID.randomUUID(), "resolved", "Courier delays in Riga", "delivery", null,
                List.of(UUID.randomUUID(), UUID.randomUUID()), "The courier has caught up.", NOW, NOW.plusSeconds(60));
        var spike = new SpikeDetected("billing", NOW, NOW.plusSeconds(900), 42, 3.5, NOW.plusSeconds(900));
        assertEquals(Set.of(), errors(CustomerErased.SCHEMA, JSON.valueToTree(erased)));
        assertEquals(Set.of(), errors(IncidentUpdated.SCHEMA, JSON.valueToTree(incident)));
        assertEquals(Set.of(), errors(SpikeDetected.SCHEMA, JSON.valueToTree(spike)));
    }

    @Test
    void caseEventsMatchTheirSchemas() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID complaintId = UUID.randomUUID();
        var changed = new CaseStateChanged(caseId, complaintId, "resolved", "closed", "customer", "confirmed", NOW);
        var sla = new SlaAlert(caseId, complaintId, "first-response", "breached", NOW, NOW.plusSeconds(1));
        var remedy = new RemedyApproved(UUID.randomUUID(), caseId, complaintId, "refund", "49.90", "EUR", "supervisor-2", NOW);
        var csat = new CsatRecorded(caseId, complaintId, 5, true, NOW);
        assertEquals(Set.of(), errors(CaseStateChanged.SCHEMA, JSON.valueToTree(changed)));
        assertEquals(Set.of(), errors(SlaAlert.SCHEMA, JSON.valueToTree(sla)));
        assertEquals(Set.of(), errors(RemedyApproved.SCHEMA, JSON.valueToTree(remedy)));
        assertEquals(Set.of(), errors(CsatRecorded.SCHEMA, JSON.valueToTree(csat)));
    }

    @Test
    void schemaRejectsAMoneyAmountWrittenAsAFloat() throws Exception {
        var remedy = new RemedyApproved(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "refund", "49.90", "EUR",
                "supervisor-2", NOW);
        ObjectNode json = JSON.valueToTree(remedy);
        json.put("amount", 49.9);
        assertFalse(errors(RemedyApproved.SCHEMA, json).isEmpty());
    }

    @Test
    void schemaRejectsAnUnknownCaseState() throws Exception {
        var changed = new CaseStateChanged(UUID.randomUUID(), UUID.randomUUID(), "new", "done", "agent-1", null, NOW);
        assertFalse(errors(CaseStateChanged.SCHEMA, JSON.valueToTree(changed)).isEmpty());
    }

    private static Set<ValidationMessage> errors(String schemaPath, JsonNode json) throws Exception {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(schemaPath)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            return schema.validate(json);
        }
    }
}
