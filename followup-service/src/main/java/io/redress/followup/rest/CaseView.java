package io.redress.followup.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record CaseView(
        UUID id,
        UUID complaintId,
        String priority,
        String state,
        String channel,
        String visibility,
        String language,
        Instant receivedAt,
        Instant openedAt,
        Instant firstResponseDueAt,
        String team,
        String agent,
        String escalatedTo,
        String category,
        UUID incidentId,
        String slaPolicy,
        String calendar,
        Instant firstRespondedAt,
        Instant resolvedAt,
        Instant closedAt,
        int reopenCount,
        boolean slaBreached,
        List<ClockView> clocks) {

    /** {@code dueAt} is null while the clock is paused; then {@code remainingSeconds} is what it has left. */
    public record ClockView(String clock, Instant startedAt, Instant dueAt, Long remainingSeconds, Instant stoppedAt,
            String alerted) {
    }
}
