package io.redress.followup.rest;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.redress.followup.checking.Finding;

/** What the checker found; {@code replyId} is set when the reply was sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckView(UUID replyId, boolean blocked, List<Finding> findings) {
}
