package io.redress.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.redress.intake.service.Identities;

public record IdentityLink(
        @NotBlank @Pattern(regexp = Identities.KINDS,
                message = "must be a channel (x, facebook, ...), a channel followed by -handle, email or phone") String kind,
        @NotBlank @Size(max = 320) String value) {
}
