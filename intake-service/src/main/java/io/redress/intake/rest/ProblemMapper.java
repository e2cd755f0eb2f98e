package io.redress.intake.rest;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import io.redress.intake.service.Conflict;
import io.redress.intake.service.InvalidInput;
import io.redress.intake.service.NotFound;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns every client error into problem+json that names the field, so callers can fix their request. */
public class ProblemMapper {

    private static final String BASE = "https://redress.dev/problems/";

    @ServerExceptionMapper
    public RestResponse<Problem> invalidFields(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(field(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return problem(400, "invalid-field", "Invalid request", detail, violations);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonParseException e) {
        String detail = "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return problem(400, "malformed-json", "Malformed JSON", detail,
                List.of(new Problem.Violation("body", e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongValue(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String name = field.isEmpty() ? "body" : field;
        String message = explain(e);
        return problem(400, "invalid-field", "Invalid request", name + ": " + message,
                List.of(new Problem.Violation(name, message)));
    }

    /** Quarkus maps this subtype itself unless told otherwise; ours names the field the same way. */
    @ServerExceptionMapper
    public RestResponse<Problem> wrongType(MismatchedInputException e) {
        return wrongValue(e);
    }

    /** A message for the caller, without Java type names. */
    private static String explain(JsonMappingException e) {
        if (e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String expected = Temporal.class.isAssignableFrom(target) ? "an ISO-8601 date-time such as 2026-11-23T09:00:00Z"
                    : Number.class.isAssignableFrom(target) || target.isPrimitive() ? "a number"
                    : "a valid value";
            return "'" + invalid.getValue() + "' is not " + expected;
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong JSON type";
        }
        return e.getOriginalMessage();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFound e) {
        return problem(404, "not-found", "Not Found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> conflict(Conflict e) {
        return problem(409, "conflict", "Conflict", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidInput e) {
        return problem(e.status(), e.type(), e.title(), e.field() + ": " + e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webError(WebApplicationException e) {
        // The JSON body reader reports unreadable bodies as a 400 wrapping Jackson's own exception.
        if (e.getCause() instanceof JsonParseException cause) {
            return unreadableJson(cause);
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            return wrongValue(cause);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        return problem(status, "http-" + status, title, e.getMessage(), List.of());
    }

    public static RestResponse<Problem> problem(int status, String type, String title, String detail,
            List<Problem.Violation> violations) {
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(new Problem(BASE + type, title, status, detail, violations))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    /** The JSON path of the bad value, without the Java method and parameter names in front of it. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // A list element's index sits on the node after the list: attachments[0].sha256.
            if (node.isInIterable() && node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
