package io.redress.triage.rules;

import java.util.List;
import java.util.Map;

/**
 * Everything operators can change about triage, as one versioned document: category and product keywords per
 * language, teams and their language skills, routing, SLA policies per priority and numeric thresholds.
 */
public record RuleSet(
        List<KeywordRule> keywords,
        List<Team> teams,
        List<Route> routes,
        List<SlaPolicyRule> slaPolicies,
        Map<String, Double> thresholds) {

    /** A word, phrase ({@code refund*} takes any ending) or RE2 regular expression that points to a category or product. */
    public record KeywordRule(long id, String language, String kind, String target, String pattern, boolean regex) {
    }

    /** A team cases can go to, with the languages its agents answer in. */
    public record Team(String name, List<String> languages) {
    }

    /** Complaints of this category in this language ({@code *}: any) go to this team. */
    public record Route(String category, String language, String team) {
    }

    /** Response targets (ISO-8601 durations) for one priority, counted in a business-hours calendar. */
    public record SlaPolicyRule(String priority, String name, String firstResponse, String nextResponse,
            String resolution, String calendar) {
    }
}
