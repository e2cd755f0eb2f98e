package io.redress.intake.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.redress.intake.model.Channel;

/** A customer with every identity and the history triage and agents need: earlier complaints and their status. */
public record CustomerView(UUID id, String displayName, List<Identity> identities, List<ComplaintSummary> complaints,
        Instant erasedAt) {

    public record Identity(String kind, String value) {
    }

    public record ComplaintSummary(UUID id, Channel channel, String status, Instant receivedAt, UUID linkedComplaintId) {
    }
}
