package io.redress.intake.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;

/** A complaint's conversation; the public view holds only public items and nothing derived from private ones. */
public record ThreadView(UUID complaintId, String view, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            UUID messageId,
            String direction,
            Visibility visibility,
            Channel channel,
            String author,
            String text,
            String url,
            Instant at,
            String delivery,
            List<AttachmentView> attachments) {
    }

    public record AttachmentView(String name, String contentType, long size, String sha256) {
    }
}
