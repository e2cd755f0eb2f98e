package io.redress.followup.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code solved}: the customer's own "is it solved?": true closes a resolved case, false reopens it. */
public record SurveyAnswer(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment,
        Boolean solved) {
}
