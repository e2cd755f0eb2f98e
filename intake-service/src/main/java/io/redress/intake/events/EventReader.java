package io.redress.intake.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/**
 * Checks an incoming CloudEvent against the published JSON schema of its contract before anything acts on
 * it, so a producer's mistake is parked instead of half-handled.
 */
@ApplicationScoped
public class EventReader {

    private static final Logger LOG = Logger.getLogger(EventReader.class);

    private final ObjectMapper json;
    private final DeadLetters deadLetters;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    EventReader(ObjectMapper json, DeadLetters deadLetters) {
        this.json = json;
        this.deadLetters = deadLetters;
    }

    /**
     * Reads, validates and hands one event to {@code handler} with its id; an event that can never be handled
     * (malformed, or rejected by the handler as {@link MalformedEvent}) is nacked, which parks it on the dead-letter topic;
     * so is one whose handling failed, unless the service is stopping ({@link DeadLetters}).
     */
    public <T> CompletionStage<Void> consume(Message<String> message, Class<T> type, String schemaPath,
            BiConsumer<String, T> handler) {
        try {
            handler.accept(id(message), read(message.getPayload(), type, schemaPath));
        } catch (MalformedEvent e) {
            LOG.warnf("Parking an event that cannot be handled on the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        } catch (RuntimeException e) {
            return deadLetters.park(message, e);
        }
        return message.ack();
    }

    public String id(Message<?> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class)
                .map(IncomingCloudEventMetadata::getId)
                .filter(id -> !id.isBlank())
                .orElseThrow(() -> new MalformedEvent("not a CloudEvent: no ce_id"));
    }

    public <T> T read(String payload, Class<T> type, String schemaPath) {
        if (payload == null) {
            throw new MalformedEvent("empty payload");
        }
        try {
            JsonNode tree = json.readTree(payload);
            Set<ValidationMessage> errors = schemas.computeIfAbsent(schemaPath, this::load).validate(tree);
            if (!errors.isEmpty()) {
                throw new MalformedEvent(errors.stream().map(ValidationMessage::getMessage)
                        .sorted().collect(Collectors.joining("; ")));
            }
            return json.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEvent("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private JsonSchema load(String schemaPath) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(schemaPath)) {
            if (in == null) {
                throw new IllegalStateException("Schema " + schemaPath + " is not on the class path");
            }
            var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
