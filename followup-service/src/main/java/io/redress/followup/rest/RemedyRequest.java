package io.redress.followup.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code amount} and {@code currency} (ISO 4217) go together; refund, credit and discount need them.
 * {@code idempotencyKey}: the same key on the same case returns the first remedy instead of a second one.
 */
public record RemedyRequest(
        @NotNull @Pattern(regexp = "refund|exchange|replacement|gift|credit|discount|manager") String kind,
        @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotBlank @Size(max = 200) String idempotencyKey) {
}
