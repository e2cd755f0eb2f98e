package io.redress.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Files of this repository that the manifests must agree with. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("redress.root", "..")).toAbsolutePath().normalize();

    private static final Pattern TOPICS = Pattern.compile("(?s)\\nTOPICS=\\((.*?)\\n\\)");
    private static final Pattern TOPIC = Pattern.compile("\"([^\":]+):(\\d+)\"");

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Topic name → partitions, from TOPICS in ./redress, the topic layout's single source of truth. */
    static Map<String, Integer> topics() {
        Matcher block = TOPICS.matcher(read("redress"));
        if (!block.find()) {
            throw new IllegalStateException("no TOPICS=( ... ) in ./redress");
        }
        Map<String, Integer> topics = new LinkedHashMap<>();
        Matcher topic = TOPIC.matcher(block.group(1));
        while (topic.find()) {
            topics.put(topic.group(1), Integer.parseInt(topic.group(2)));
        }
        return topics;
    }

    /** A service's application.properties, profiles included as written ("%prod.quarkus..."). */
    static Properties applicationProperties(String service) {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(path(service + "-service/src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
