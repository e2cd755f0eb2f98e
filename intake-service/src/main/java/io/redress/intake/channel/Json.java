package io.redress.intake.channel;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.redress.intake.service.InvalidInput;

/** Reading provider JSON defensively: a missing or mistyped field is a 400 naming its path, never a 500. */
final class Json {

    private Json() {
    }

    static String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isTextual() && !value.isNumber() || value.asText().isBlank()) {
            throw InvalidInput.malformed(path + "." + field, "is required");
        }
        return value.asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? value.asText() : null;
    }

    static Long optionalLong(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.canConvertToLong() && value.asLong() >= 0 ? value.asLong() : null;
    }

    static JsonNode array(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isMissingNode() && !value.isArray()) {
            throw InvalidInput.malformed(path + "." + field, "must be an array");
        }
        return value;
    }

    static Instant epochMillis(JsonNode node, String field, String path) {
        String value = text(node, field, path);
        try {
            return Instant.ofEpochMilli(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw InvalidInput.malformed(path + "." + field, "must be milliseconds since the epoch");
        }
    }

    static Instant epochSecondsOrNow(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.canConvertToLong() ? Instant.ofEpochSecond(value.asLong()) : Instant.now();
    }

    static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }
}
