package io.redress.followup.service;

import java.math.BigDecimal;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * How much each role may give without anyone else's approval, per currency:
 * {@code redress.remedies.limits.<role>.<currency>=amount}. A role with no limit for a currency may give only
 * remedies without an amount in it; {@code admin} has no limit.
 */
@ConfigMapping(prefix = "redress.remedies")
public interface RemedyLimits {

    Map<String, Map<String, BigDecimal>> limits();

    default boolean allows(String role, BigDecimal amount, String currency) {
        if ("admin".equals(role) || amount == null) {
            return true;
        }
        BigDecimal limit = limits().getOrDefault(role, Map.of()).get(currency);
        return limit != null && amount.compareTo(limit) <= 0;
    }
}
