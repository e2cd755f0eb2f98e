package io.redress.triage.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.redress.triage.service.InvalidChange;

/** HTTP errors as RFC 9457 problem details. */
public class ProblemMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> webError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return problem(status, known != null ? known.getReasonPhrase() : "Error", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidChange(InvalidChange e) {
        return problem(400, "Bad Request", e.getMessage(), e.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.message())).toList());
    }

    /** A body that is not JSON, or has a field of the wrong type: the field is named where Jackson knows it. */
    @ServerExceptionMapper
    public RestResponse<Problem> unreadableBody(JsonProcessingException e) {
        String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                && !mapping.getPath().isEmpty() ? mapping.getPath().get(mapping.getPath().size() - 1).getFieldName()
                        : "body";
        return problem(400, "Bad Request", "the request body cannot be read",
                List.of(new Problem.Violation(field == null ? "body" : field, "has the wrong type or is not JSON")));
    }

    private static RestResponse<Problem> problem(int status, String title, String detail,
            List<Problem.Violation> violations) {
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(new Problem("https://redress.dev/problems/http-" + status, title, status, detail, violations))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
