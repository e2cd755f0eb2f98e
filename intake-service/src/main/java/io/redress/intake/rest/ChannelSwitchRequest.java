package io.redress.intake.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Move a conversation off a public channel.
 *
 * @param to email, phone or dm
 * @param email where to write, if intake does not know the customer's address yet
 * @param phone where to call, if intake does not know the customer's number yet
 */
public record ChannelSwitchRequest(
        @NotNull @Pattern(regexp = "email|phone|dm", message = "must be one of: email, phone, dm") String to,
        @Email @Size(max = 320) String email,
        @Pattern(regexp = "\\+?[0-9 ()./-]{5,30}", message = "must be a phone number") String phone) {
}
