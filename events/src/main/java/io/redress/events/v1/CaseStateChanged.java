package io.redress.events.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A case moved between states (new, acknowledged, in-progress, waiting-on-customer, resolved, closed, reopened,
 * parted-ways), by whom and why. Intake uses closed and reopened for its reopen window. Published on
 * {@link #TOPIC}, keyed by complaint id.
 */
public record CaseStateChanged(
        UUID caseId,
        UUID complaintId,
        String from,
        String to,
        String actor,
        String reason,
        Instant at) {

    public static final String TOPIC = "cases.state-changed.v1";
    public static final String TYPE = "io.redress.case.state-changed.v1";
    public static final String SCHEMA = "schemas/v1/case-state-changed.json";
}
