package io.redress.followup.service;

import java.time.Instant;

import io.redress.followup.model.CaseState;
import io.redress.followup.model.SupportCase;

/**
 * Fired synchronously inside the transaction of a state change, so what follows from it (follow-ups,
 * surveys) commits or rolls back with the change.
 */
public record StateChanged(SupportCase supportCase, CaseState from, CaseState to, String actor, Instant at) {
}
