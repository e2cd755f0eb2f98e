package io.redress.followup.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.redress.followup.rest.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals for a missing or bad token, a wrong role or too many requests answer with the same problem+json as
 * every other client error.
 */
@ApplicationScoped
public class AccessProblems {

    private static final String BASE = "https://redress.dev/problems/";
    private static final String FORBIDDEN = "forbidden";
    private static final String FORBIDDEN_DETAIL = "Your role does not allow this request";

    private final ObjectMapper json;

    AccessProblems(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::refuse);
    }

    /** A token that is present but invalid fails the request before any resource sees it. */
    void refuse(RoutingContext request) {
        if (request.failure() instanceof AuthenticationException) {
            unauthenticated(request);
        } else {
            request.next();
        }
    }

    /** A role annotation refused the caller inside the REST layer. */
    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e) {
        return RestResponse.ResponseBuilder.<Problem>create(403)
                .entity(new Problem(BASE + FORBIDDEN, "Forbidden", 403, FORBIDDEN_DETAIL, List.of(), List.of(), List.of()))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    void unauthenticated(RoutingContext request) {
        request.response().putHeader("WWW-Authenticate", "Bearer");
        send(request, 401, "unauthenticated", "Authentication required",
                "A valid, unexpired bearer token from the configured issuer is required");
    }

    /** Ends the exchange with a problem body; nothing about the caller or their token is echoed back. */
    void send(RoutingContext request, int status, String type, String title, String detail) {
        if (request.response().ended()) {
            return;
        }
        try {
            String body = json.writeValueAsString(new Problem(BASE + type, title, status, detail, List.of(), List.of(), List.of()));
            request.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(body);
        } catch (JsonProcessingException e) {
            request.response().setStatusCode(status).end();
        }
    }
}
