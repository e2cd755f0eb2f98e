package io.redress.followup.rest;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.redress.followup.checking.Finding;
import io.redress.followup.service.Conflict;
import io.redress.followup.service.IllegalTransition;
import io.redress.followup.service.MissingPrecondition;
import io.redress.followup.service.ReplyBlocked;

/** HTTP errors as RFC 9457 problem details naming the offending parameter or field. */
public class ProblemMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameter(InvalidParameter e) {
        return invalid(e.field(), e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidValues(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(parameter(violation), violation.getMessage()))
                .toList();
        return problem(400, "Invalid request", violations.get(0).field() + ": " + violations.get(0).message(),
                violations, List.of());
    }

    /** A field of the wrong type; declared for this class so it wins over Quarkus' own mapper of it. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedField(MismatchedInputException e) {
        return unreadableBody(e);
    }

    /** A body that is not JSON, or a field of the wrong type: the path names the field. */
    @ServerExceptionMapper
    public RestResponse<Problem> unreadableBody(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                        : String.valueOf(ref.getIndex())).collect(Collectors.joining("."))
                : "body";
        return invalid(field, "cannot be read: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> illegalTransition(IllegalTransition e) {
        return problem(409, "Illegal transition", e.getMessage(),
                List.of(new Problem.Violation("to", e.getMessage())), e.allowed());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> missingPrecondition(MissingPrecondition e) {
        return problem(409, "Precondition missing", e.field() + ": " + e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.getMessage())), List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> conflict(Conflict e) {
        return problem(e.status(), "Conflict", e.field() + ": " + e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.getMessage())), List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return problem(status, known != null ? known.getReasonPhrase() : "Error", e.getMessage(), List.of(),
                List.of());
    }

    private static RestResponse<Problem> invalid(String field, String message) {
        return problem(400, "Invalid request", field + ": " + message, List.of(new Problem.Violation(field, message)),
                List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> replyBlocked(ReplyBlocked e) {
        return problem(422, "Reply blocked", e.getMessage(),
                List.of(new Problem.Violation("text", e.getMessage())), List.of(), e.findings());
    }

    private static RestResponse<Problem> problem(int status, String title, String detail,
            List<Problem.Violation> violations, List<String> allowed) {
        return problem(status, title, detail, violations, allowed, List.of());
    }

    private static RestResponse<Problem> problem(int status, String title, String detail,
            List<Problem.Violation> violations, List<String> allowed, List<Finding> findings) {
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(new Problem("https://redress.dev/problems/http-" + status, title, status, detail, violations,
                        allowed, findings))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    /** The last node of the path is the parameter's name, e.g. "limit" in "list.limit". */
    private static String parameter(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
