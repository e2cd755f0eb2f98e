package io.redress.intake.rest;

import java.time.Instant;
import java.util.UUID;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;

public record ComplaintView(
        UUID id,
        Channel channel,
        String externalId,
        Author author,
        String text,
        Visibility visibility,
        String url,
        String inReplyTo,
        Instant receivedAt,
        Instant createdAt,
        String status,
        Channel currentChannel,
        UUID customerId,
        UUID linkedComplaintId) {

    public record Author(String handle, String displayName, String email, Long followers) {
    }
}
