package io.redress.intake.outbox;

/** Fired inside the writing transaction; observed after commit to wake the relay without waiting for a poll. */
public record OutboxWritten() {
}
