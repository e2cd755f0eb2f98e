package io.redress.k8s;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** The objects one overlay renders to. */
record Rendered(String overlay, List<JsonNode> objects) {

    static final List<String> SERVICES = List.of("intake", "triage", "followup");

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    JsonNode one(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    Map<String, JsonNode> byName(String kind) {
        return ofKind(kind).stream().collect(Collectors.toMap(Rendered::name, Function.identity()));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + " " + name(object);
    }

    @Override
    public String toString() {
        return overlay;
    }
}
