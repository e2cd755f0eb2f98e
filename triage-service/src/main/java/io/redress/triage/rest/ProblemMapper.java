package io.redress.triage.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.redress.triage.service.IllegalStateChange;
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

    @ServerExceptionMapper
    public RestResponse<Problem> illegalStateChange(IllegalStateChange e) {
        return problem(409, "Conflict", e.getMessage(), List.of());
    }

    /** A body that is not JSON. */
    @ServerExceptionMapper
    public RestResponse<Problem> unreadableBody(JsonProcessingException e) {
        return problem(400, "Bad Request", "the request body is not JSON",
                List.of(new Problem.Violation("body", "must be a JSON object")));
    }

    /** A field of the wrong type ("high" where a number belongs): the field is named. */
    @ServerExceptionMapper
    public RestResponse<Problem> mistypedField(MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        return problem(400, "Bad Request", "the request body has a field of the wrong type",
                List.of(new Problem.Violation(field == null ? "body" : field, "has the wrong type")));
    }

    private static RestResponse<Problem> problem(int status, String title, String detail,
            List<Problem.Violation> violations) {
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(new Problem("https://redress.dev/problems/http-" + status, title, status, detail, violations))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
