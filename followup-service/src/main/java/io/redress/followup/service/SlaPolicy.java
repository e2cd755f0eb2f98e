package io.redress.followup.service;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Response targets by priority (P1 to P4). */
@ConfigMapping(prefix = "redress.sla")
public interface SlaPolicy {

    Map<String, Duration> firstResponse();

    default Duration firstResponseFor(String priority) {
        Duration target = firstResponse().get(priority);
        if (target == null) {
            throw new IllegalArgumentException("No first-response target for priority " + priority);
        }
        return target;
    }
}
