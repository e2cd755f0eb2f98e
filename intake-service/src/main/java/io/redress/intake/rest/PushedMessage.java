package io.redress.intake.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;

/**
 * An item from any other source (a social-listening tool, a chat widget, a partner system). Ids are the
 * integration's own; intake keeps them apart per integration.
 *
 * @param channel what kind of source it is (defaults to other)
 * @param visibility private (the default: a chat, a DM) becomes a complaint; public is kept as a post
 * @param parentId the integration's id of the item this one answers
 * @param threadId the integration's conversation id: every item of one thread joins one complaint
 */
public record PushedMessage(
        @NotBlank @Size(max = 150) String externalId,
        Channel channel,
        Visibility visibility,
        @Size(max = 150) String parentId,
        @Size(max = 300) String threadId,
        @NotNull @Valid Author author,
        @NotBlank @Size(max = NewComplaint.MAX_TEXT) String text,
        @URL @Size(max = 2000) String url,
        Instant receivedAt,
        @Size(max = 50) List<@Valid @NotNull AttachmentMeta> attachments) {

    public record Author(
            @Size(max = 200) String id,
            @NotBlank @Size(max = 200) String handle,
            @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            @Pattern(regexp = "\\+?[0-9 ()./-]{5,30}", message = "must be a phone number") String phone,
            @PositiveOrZero Long followers) {
    }

    public record AttachmentMeta(
            @Size(max = 500) String name,
            @NotBlank @Size(max = 200) String contentType,
            @NotNull @PositiveOrZero Long size,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256") String sha256) {
    }
}
