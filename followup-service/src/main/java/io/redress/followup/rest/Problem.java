package io.redress.followup.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.redress.followup.checking.Finding;

/**
 * RFC 9457 (formerly 7807) problem details; {@code violations} names each offending field, {@code allowed}
 * the states a case may move to when the requested one is not among them, {@code findings} what the reply
 * checker found in a reply it blocked.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
        List<String> allowed, List<Finding> findings) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }
}
