package io.redress.followup.rest;

import java.util.UUID;

/** Path and query ids, refused with 400 naming the parameter when they are not UUIDs. */
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
}
