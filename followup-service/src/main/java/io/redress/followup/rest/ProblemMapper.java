package io.redress.followup.rest;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** HTTP errors as RFC 9457 problem details naming the offending parameter. */
public class ProblemMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameter(InvalidParameter e) {
        return problem(400, "Invalid request", e.field() + ": " + e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidValues(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(parameter(violation), violation.getMessage()))
                .toList();
        return problem(400, "Invalid request", violations.get(0).field() + ": " + violations.get(0).message(),
                violations);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return problem(status, known != null ? known.getReasonPhrase() : "Error", e.getMessage(), List.of());
    }

    private static RestResponse<Problem> problem(int status, String title, String detail,
            List<Problem.Violation> violations) {
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(new Problem("https://redress.dev/problems/http-" + status, title, status, detail, violations))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    /** The last node of the path is the parameter's name, e.g. "limit" in "list.limit". */
    private static String parameter(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
