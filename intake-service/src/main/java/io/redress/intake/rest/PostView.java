package io.redress.intake.rest;

import java.time.Instant;
import java.util.UUID;

import io.redress.intake.model.Channel;
import io.redress.intake.model.PostStatus;

public record PostView(
        UUID id,
        Channel channel,
        String externalId,
        ComplaintView.Author author,
        String text,
        String url,
        PostStatus status,
        UUID complaintId,
        Instant receivedAt) {
}
