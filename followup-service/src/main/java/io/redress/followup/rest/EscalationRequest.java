package io.redress.followup.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code to}: the supervisor or group taking it over; "supervisors" when left out. */
public record EscalationRequest(@Size(min = 1, max = 200) String to, @NotBlank @Size(max = 2000) String reason) {
}
