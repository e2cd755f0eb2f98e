package io.redress.followup.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code purpose}: reply (default), resolution-note or explanation (public complaints only). */
public record ReplyRequest(@NotBlank @Size(max = 5000) String text,
        @NotNull @Pattern(regexp = "public|private") String visibility,
        @Pattern(regexp = "reply|resolution-note|explanation") String purpose) {
}
