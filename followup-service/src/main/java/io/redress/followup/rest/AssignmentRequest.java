package io.redress.followup.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code team} may be left out to keep the case's team. */
public record AssignmentRequest(@Size(min = 1, max = 100) String team, @NotBlank @Size(max = 200) String agent) {
}
