package io.redress.followup.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(Instant at, String kind, String actor, String from, String to, String reason, String text,
        String visibility, UUID refId) {
}
