package io.redress.followup.security;

import java.io.CharConversionException;
import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.redress.followup.rest.Problem;

/**
 * Jackson guesses a body's Unicode encoding from its first bytes; bytes that then do not decode (found by fuzzing
 * NewComplaint) raise an I/O error that would otherwise end as a 500.
 */
public class UndecodableBody {

    @ServerExceptionMapper
    public RestResponse<Problem> undecodable(CharConversionException e) {
        String detail = "The body is not text in a Unicode encoding: " + e.getMessage();
        return RestResponse.ResponseBuilder.<Problem>create(400)
                .entity(new Problem("https://redress.dev/problems/malformed-json", "Malformed JSON", 400, detail,
                        List.of(new Problem.Violation("body", "is not valid UTF-8, UTF-16 or UTF-32")), List.of(), List.of()))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
