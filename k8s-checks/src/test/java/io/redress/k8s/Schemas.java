package io.redress.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Validates a rendered object the way the API server would accept it, with strict field validation (kubectl's
 * default since 1.27): unknown fields and wrong types are errors.
 * <ul>
 * <li>Built-in kinds: bound to fabric8's Kubernetes model, generated from Kubernetes' OpenAPI. The model keeps
 * unknown fields aside instead of failing, so every object in the bound tree is inspected for them.</li>
 * <li>Operator kinds: the {@code openAPIV3Schema} of the CRD the operator installs (copies under
 * {@code src/test/resources/crds}), as JSON Schema, with Kubernetes' structural-schema rule made explicit: an
 * object lists its fields and accepts no other unless marked {@code x-kubernetes-preserve-unknown-fields}.</li>
 * </ul>
 * An object of any other kind is an error: nothing is deployed unchecked.
 */
final class Schemas {

    private static final Map<String, Class<?>> BUILT_IN = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Namespace", Namespace.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    private static final List<String> CRDS = List.of("strimzi-kafka.yaml", "strimzi-kafkanodepool.yaml",
            "strimzi-kafkatopic.yaml", "cnpg-cluster.yaml", "cnpg-scheduledbackup.yaml",
            "monitoring-servicemonitor.yaml", "monitoring-prometheusrule.yaml");

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, JsonSchema> custom = new HashMap<>();

    Schemas() {
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (String file : CRDS) {
            JsonNode crd = resource("crds/" + file);
            JsonNode spec = crd.path("spec");
            for (JsonNode version : spec.path("versions")) {
                if (version.path("served").asBoolean()) {
                    JsonNode schema = structural(version.path("schema").path("openAPIV3Schema").deepCopy());
                    custom.put(spec.path("group").asText() + "/" + version.path("name").asText() + "/"
                            + spec.path("names").path("kind").asText(), factory.getSchema(schema));
                }
            }
        }
    }

    /** Every reason the API server would refuse the object; empty if it would accept it. */
    List<String> violations(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        List<String> problems = new ArrayList<>();
        if (BUILT_IN.containsKey(type)) {
            bind(object, BUILT_IN.get(type), problems);
        } else if (custom.containsKey(type)) {
            custom.get(type).validate(object).forEach(message -> problems.add(message.getMessage()));
            bind(object.path("metadata"), ObjectMeta.class, problems);
        } else {
            problems.add("no schema for " + type + ": add its model or CRD to the checks before deploying it");
        }
        return problems;
    }

    private static void bind(JsonNode json, Class<?> type, List<String> problems) {
        try {
            unknownFields(STRICT.treeToValue(json, type), "$", problems);
        } catch (IOException e) {
            problems.add(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
    }

    /** fabric8's model keeps unknown fields in additionalProperties; any there was not in Kubernetes' schema. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> unknownFields(item, path + "." + key, problems));
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.")) {
            for (Method getter : value.getClass().getMethods()) {
                if (!isGetter(getter)) {
                    continue;
                }
                Object field = invoke(getter, value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + unknown.keySet());
                    }
                } else {
                    unknownFields(field, path + "." + property(getter), problems);
                }
            }
        }
    }

    private static boolean isGetter(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get") && !method.getName().equals("getClass")
                && method.getDeclaringClass().getName().startsWith("io.fabric8.");
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " failed", e);
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Kubernetes prunes or (with strict field validation) refuses fields a structural schema does not list; JSON
     * Schema accepts them unless told. Also drops the OpenAPI-only and CEL keywords JSON Schema does not know
     * ({@code x-kubernetes-validations} rules are CEL, evaluated only by the API server).
     */
    private static JsonNode structural(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return schema;
        }
        boolean open = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (node.has("properties") && !node.has("additionalProperties") && !open) {
            node.put("additionalProperties", false);
        }
        node.remove(node.properties().stream().map(Map.Entry::getKey)
                .filter(keyword -> keyword.startsWith("x-kubernetes-") || keyword.equals("nullable")).toList());
        node.path("properties").forEach(Schemas::structural);
        structural(node.get("items"));
        structural(node.get("additionalProperties"));
        structural(node.get("not"));
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combination).forEach(Schemas::structural);
        }
        return node;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return Kustomize.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
