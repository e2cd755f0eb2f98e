package io.redress.intake.channel;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.intake.service.InvalidInput;

/** The raw body of a signed webhook, read only after its signature matched. */
@ApplicationScoped
public class ProviderPayload {

    private final ObjectMapper json;

    ProviderPayload(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode read(byte[] body) {
        try {
            JsonNode tree = body == null || body.length == 0 ? null : json.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw InvalidInput.malformed("body", "must be a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw InvalidInput.malformed("body", "is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw InvalidInput.malformed("body", "could not be read");
        }
    }
}
