package io.redress.intake.rest;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;

/**
 * A public comment from a YouTube video, a blog, a forum or a review site, as our connectors deliver it.
 *
 * @param id the site's id of the comment or review
 * @param parentId the comment it answers, if any: a reply to a message of a complaint joins that complaint
 * @param rating a review's stars (1..5), review sites only
 */
public record ChannelItem(
        @NotBlank @Size(max = 200) String id,
        @Size(max = 200) String parentId,
        @NotNull @Valid Author author,
        @NotBlank @Size(max = NewComplaint.MAX_TEXT) String text,
        @Size(max = 300) String title,
        @URL @Size(max = 2000) String url,
        @Min(1) @Max(5) Integer rating,
        Instant publishedAt) {

    public record Author(
            @Size(max = 200) String id,
            @NotBlank @Size(max = 200) String handle,
            @Size(max = 200) String displayName,
            @PositiveOrZero Long followers) {
    }
}
