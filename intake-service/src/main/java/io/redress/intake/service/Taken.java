package io.redress.intake.service;

import java.util.UUID;

import io.redress.intake.model.Complaint;
import io.redress.intake.model.Post;

/** What intake made of an inbound item. */
public record Taken(Outcome outcome, Complaint complaint, Post post, UUID messageId) {

    public enum Outcome {
        /** A new complaint (possibly linked to a closed one). */
        OPENED,
        /** The item joined an open complaint. */
        ADDED,
        /** The item reopened a complaint closed within the reopen period. */
        REOPENED,
        /** A public mention kept as a post. */
        POSTED,
        /** Delivered before; nothing changed. */
        DUPLICATE,
        /** Deliberately not taken in (an auto-reply, a bounce). */
        IGNORED
    }

    public boolean isNew() {
        return outcome != Outcome.DUPLICATE && outcome != Outcome.IGNORED;
    }
}
