package io.redress.intake.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** @param from the customer whose identities, complaints and posts move into this one */
public record CustomerMerge(@NotNull UUID from) {
}
