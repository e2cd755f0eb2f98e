package io.redress.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Renders a kustomization with {@code kubectl kustomize}: the Kustomize that operators run (kubectl embeds it), so
 * what is checked is what {@code kubectl apply -k} would send. kubectl needs no cluster for this.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    static Rendered render(String kustomization) {
        Path dir = Repository.path("k8s/" + kustomization);
        String yaml = run(List.of(kubectl(), "kustomize", dir.toString()));
        try {
            List<JsonNode> objects = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
            return new Rendered(kustomization, objects.stream().filter(o -> o != null && !o.isNull()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kubectl() {
        return System.getenv().getOrDefault("KUBECTL", "kubectl");
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            var out = process.getInputStream().readAllBytes();
            var err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render k8s/ (set KUBECTL to its path): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
