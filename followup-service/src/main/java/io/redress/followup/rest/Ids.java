package io.redress.followup.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Path and query ids and instants, refused with 400 naming the parameter when they cannot be read. */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidParameter(field, "'" + value + "' is not a UUID");
        }
    }

    static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidParameter(field, "'" + value + "' is not an ISO-8601 instant");
        }
    }
}
