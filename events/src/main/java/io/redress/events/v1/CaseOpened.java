package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/** Follow-up opened a case for a triaged complaint. Published on {@link #TOPIC}, keyed by complaint id. */
public record CaseOpened(
        UUID caseId,
        UUID complaintId,
        String priority,
        Instant openedAt,
        Instant firstResponseDueAt) {

    public static final String TOPIC = "cases.opened.v1";
    public static final String TYPE = "io.redress.case.opened.v1";
    public static final String SCHEMA = "schemas/v1/case-opened.json";
}
