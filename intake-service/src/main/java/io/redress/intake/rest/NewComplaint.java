package io.redress.intake.rest;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;

/**
 * A complaint as any channel hands it to intake. {@code visibility} defaults from the channel (e-mail, web
 * form and phone are private); {@code receivedAt} defaults to now.
 */
public record NewComplaint(
        @NotNull Channel channel,
        @NotBlank @Size(max = 200) String externalId,
        @NotNull @Valid Author author,
        @NotBlank @Size(max = NewComplaint.MAX_TEXT) String text,
        Visibility visibility,
        @URL @Size(max = 2000) String url,
        @Size(max = 200) String inReplyTo,
        Instant receivedAt) {

    public static final int MAX_TEXT = 10_000;

    public record Author(
            @NotBlank @Size(max = 200) String handle,
            @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            @PositiveOrZero Long followers) {
    }
}
