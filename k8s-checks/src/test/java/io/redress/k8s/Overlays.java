package io.redress.k8s;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The deployable overlays, each rendered once per test run. */
final class Overlays {

    static final List<String> ALL = List.of("overlays/dev", "overlays/prod");

    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Overlays() {
    }

    static List<String> all() {
        return ALL;
    }

    static Rendered rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Kustomize::render);
    }

    static <T> T as(JsonNode object, Class<T> type) {
        try {
            return JSON.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(Rendered.describe(object) + " does not bind to " + type.getSimpleName(), e);
        }
    }

    static <T> List<T> all(Rendered rendered, String kind, Class<T> type) {
        return rendered.ofKind(kind).stream().map(object -> as(object, type)).toList();
    }
}
