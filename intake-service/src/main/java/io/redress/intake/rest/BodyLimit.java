package io.redress.intake.rest;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are capped at 64 KiB (a complaint's text is at most 10,000 characters). Raw e-mail may carry
 * attachments and an import many complaints, so the server-wide limit is larger and only those paths may use it.
 */
public class BodyLimit {

    static final long JSON_LIMIT = 64 * 1024;

    @ServerRequestFilter
    public Optional<RestResponse<Problem>> refuseOversizedJson(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String path = request.getUriInfo().getPath();
        if (length == null || path.startsWith("/channels/email") || path.startsWith("/imports")) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(length.strip()) <= JSON_LIMIT) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.problem(413, "body-too-large", "Payload Too Large",
                "body: larger than " + JSON_LIMIT + " bytes", List.of(new Problem.Violation("body", "larger than 64 KiB"))));
    }
}
