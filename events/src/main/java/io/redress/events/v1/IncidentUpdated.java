package io.redress.events.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Triage opened, grew or resolved an incident: many complaints about one problem. When {@code status} is
 * resolved, follow-up updates every linked case. Published on {@link #TOPIC}, keyed by incident id.
 */
public record IncidentUpdated(
        UUID incidentId,
        String status,
        String title,
        String category,
        String product,
        List<UUID> complaintIds,
        String resolutionNote,
        Instant openedAt,
        Instant updatedAt) {

    public static final String TOPIC = "incidents.v1";
    public static final String TYPE = "io.redress.incident.updated.v1";
    public static final String SCHEMA = "schemas/v1/incident-updated.json";
}
