package io.redress.followup.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** HTTP errors as RFC 9457 problem details. */
public class ProblemMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> webError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(new Problem("https://redress.dev/problems/http-" + status,
                        known != null ? known.getReasonPhrase() : "Error", status, e.getMessage(), List.of()))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
