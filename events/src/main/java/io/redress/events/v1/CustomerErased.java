package io.redress.events.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Intake erased a customer's personal data on request; every service erases what it holds about these
 * complaints (texts, names, comments) and keeps only that an erasure happened. Published on {@link #TOPIC},
 * keyed by customer id.
 */
public record CustomerErased(
        UUID customerId,
        List<UUID> complaintIds,
        Instant erasedAt) {

    public static final String TOPIC = "privacy.erasures.v1";
    public static final String TYPE = "io.redress.customer.erased.v1";
    public static final String SCHEMA = "schemas/v1/customer-erased.json";
}
