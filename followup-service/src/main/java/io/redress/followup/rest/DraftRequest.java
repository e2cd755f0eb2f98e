package io.redress.followup.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code language}: ISO 639-1; the case's language when left out. */
public record DraftRequest(@NotBlank String step, @Pattern(regexp = "[a-z]{2}") String language) {
}
