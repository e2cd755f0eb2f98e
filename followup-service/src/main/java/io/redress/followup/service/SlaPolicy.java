package io.redress.followup.service;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Response targets by priority (P1 to P4), used when triage sends no SLA policy, and the calendar of each
 * team, used when the policy names none.
 */
@ConfigMapping(prefix = "redress.sla")
public interface SlaPolicy {

    Map<String, Duration> firstResponse();

    Map<String, Duration> nextResponse();

    Map<String, Duration> resolution();

    /** Business-hours calendar by team. */
    Map<String, String> teamCalendar();

    @WithDefault(BusinessCalendars.ALWAYS_OPEN)
    String defaultCalendar();

    /** Share of a target after which a clock is at risk, e.g. 0.75: at risk once three quarters are used. */
    @WithDefault("0.75")
    double atRiskFraction();

    /** How often the SLA sweep looks for clocks at risk or breached (read by its schedule). */
    @WithDefault("30s")
    String sweepEvery();

    default Duration firstResponseFor(String priority) {
        return target(firstResponse(), priority, "first-response");
    }

    default Duration nextResponseFor(String priority) {
        return target(nextResponse(), priority, "next-response");
    }

    default Duration resolutionFor(String priority) {
        return target(resolution(), priority, "resolution");
    }

    default String calendarFor(String team) {
        return team == null ? defaultCalendar() : teamCalendar().getOrDefault(team, defaultCalendar());
    }

    private static Duration target(Map<String, Duration> targets, String priority, String clock) {
        Duration target = targets.get(priority);
        if (target == null) {
            throw new IllegalArgumentException("No " + clock + " target for priority " + priority);
        }
        return target;
    }
}
