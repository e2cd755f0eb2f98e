package io.redress.followup.rest;

import java.time.Instant;
import java.util.UUID;

public record FollowUpView(UUID id, UUID caseId, String kind, String audience, Instant dueAt, String status,
        Instant doneAt, String text, UUID replyId) {
}
