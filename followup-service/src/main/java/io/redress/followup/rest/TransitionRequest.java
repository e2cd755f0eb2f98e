package io.redress.followup.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code evidence}: where and how the customer confirmed they are satisfied (needed to close). */
public record TransitionRequest(@NotBlank String to, @NotBlank @Size(max = 2000) String reason,
        @Size(max = 2000) String evidence) {
}
