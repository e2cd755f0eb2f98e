package io.redress.followup.repository;

import io.redress.followup.model.CaseState;

/** What {@code GET /cases} asks for; null means "any". */
public record CaseFilter(String slaState, String team, CaseState state, int limit) {
}
