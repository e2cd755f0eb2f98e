package io.redress.intake.rest;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.redress.intake.service.Taken;

/** What intake made of one delivered item: opened, added, reopened, posted, duplicate or ignored. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TakenView(String outcome, UUID complaintId, UUID postId, UUID messageId, String reason) {

    public static TakenView of(Taken taken) {
        return new TakenView(taken.outcome().name().toLowerCase(), taken.complaint() == null ? null : taken.complaint().id,
                taken.post() == null ? null : taken.post().id, taken.messageId(), null);
    }

    public static TakenView ignored(String reason) {
        return new TakenView("ignored", null, null, null, reason);
    }
}
