package io.redress.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ManifestSchemaTest {

    private static Schemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = new Schemas();
    }

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Overlays#ALL")
    void everyRenderedObjectIsAcceptedByItsSchema(String overlay) {
        Rendered rendered = Overlays.rendered(overlay);
        Map<String, List<String>> refused = new LinkedHashMap<>();
        for (JsonNode object : rendered.objects()) {
            List<String> violations = schemas.violations(object);
            if (!violations.isEmpty()) {
                refused.put(Rendered.describe(object), violations);
            }
        }
        assertTrue(refused.isEmpty(), overlay + ": " + refused);
        assertTrue(rendered.objects().size() > 40, overlay + " renders " + rendered.objects().size() + " objects");
    }

    @Test
    void aMisspelledFieldInABuiltInKindIsRefused() {
        ObjectNode deployment = copy("Deployment", "intake");
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0))
                .set("livenessProbes", deployment.path("spec").path("template").path("spec").path("containers").get(0)
                        .path("livenessProbe"));

        assertEquals(List.of("$.spec.template.spec.containers[0]: unknown field(s) [livenessProbes]"),
                schemas.violations(deployment));
    }

    @Test
    void aWrongTypeInABuiltInKindIsRefused() {
        ObjectNode deployment = copy("Deployment", "intake");
        ((ObjectNode) deployment.path("spec")).put("replicas", "two");

        assertFalse(schemas.violations(deployment).isEmpty());
    }

    @Test
    void aFieldTheOperatorsCrdDoesNotKnowIsRefused() {
        ObjectNode database = copy("Cluster", "intake-db");
        ((ObjectNode) database.path("spec")).put("instancess", 3);

        assertFalse(schemas.violations(database).isEmpty());
    }

    @Test
    void aValueOutsideTheCrdsRangeIsRefused() {
        ObjectNode topic = copy("KafkaTopic", "complaints.received.v1");
        ((ObjectNode) topic.path("spec")).put("partitions", 0);

        assertFalse(schemas.violations(topic).isEmpty());
    }

    @Test
    void aKindWithoutASchemaIsRefused() {
        ObjectNode secret = copy("ConfigMap", "intake").put("kind", "Secret");

        assertFalse(schemas.violations(secret).isEmpty());
    }

    private static ObjectNode copy(String kind, String name) {
        return Overlays.rendered("overlays/prod").one(kind, name).deepCopy();
    }
}
