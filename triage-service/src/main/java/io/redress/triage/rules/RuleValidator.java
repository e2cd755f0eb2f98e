package io.redress.triage.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.redress.triage.analysis.Normaliser;

/** Checks rules before they are stored: every problem names its field, and an invalid rule set is never kept. */
public final class RuleValidator {

    public static final List<String> CATEGORIES = List.of("billing", "delivery", "product-defect", "service",
            "account-access", "pricing", "other");
    public static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
    public static final String ANY_LANGUAGE = "*";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|\\*");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    /** The duration forms the triaged event's schema accepts: days, hours, minutes, whole seconds. */
    private static final Pattern DURATION = Pattern.compile("P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");

    public record Violation(String field, String message) {
    }

    private RuleValidator() {
    }

    public static List<Violation> keyword(RuleSet.KeywordRule rule, String at) {
        List<Violation> problems = new ArrayList<>();
        language(problems, at + "language", rule.language());
        if (!"category".equals(rule.kind()) && !"product".equals(rule.kind())) {
            problems.add(new Violation(at + "kind", "must be category or product"));
        } else if ("category".equals(rule.kind()) && !CATEGORIES.contains(rule.target())) {
            problems.add(new Violation(at + "target", "must be one of " + CATEGORIES));
        } else if ("product".equals(rule.kind()) && !name(rule.target())) {
            problems.add(new Violation(at + "target", "must be a product name of lower-case letters, digits and -"));
        }
        if (rule.regex()) {
            PatternGuard.problem(rule.pattern()).ifPresent(p -> problems.add(new Violation(at + "pattern", p)));
        } else if (rule.pattern() == null || rule.pattern().length() > PatternGuard.MAX_LENGTH
                || Normaliser.words(Normaliser.fold(rule.pattern().replace("*", ""))).isEmpty()) {
            problems.add(new Violation(at + "pattern", "must be a word or phrase of at most "
                    + PatternGuard.MAX_LENGTH + " characters"));
        }
        return problems;
    }

    public static List<Violation> team(RuleSet.Team team, String at) {
        List<Violation> problems = new ArrayList<>();
        if (!name(team.name())) {
            problems.add(new Violation(at + "name", "must be 1-60 lower-case letters, digits and -"));
        }
        if (team.languages() == null || team.languages().isEmpty()) {
            problems.add(new Violation(at + "languages", "must list at least one language"));
        } else {
            for (int i = 0; i < team.languages().size(); i++) {
                language(problems, at + "languages[" + i + "]", team.languages().get(i));
            }
        }
        return problems;
    }

    public static List<Violation> route(RuleSet.Route route, List<RuleSet.Team> teams, String at) {
        List<Violation> problems = new ArrayList<>();
        if (!CATEGORIES.contains(route.category())) {
            problems.add(new Violation(at + "category", "must be one of " + CATEGORIES));
        }
        language(problems, at + "language", route.language());
        RuleSet.Team team = teams.stream().filter(t -> t.name().equals(route.team())).findFirst().orElse(null);
        if (team == null) {
            problems.add(new Violation(at + "team", "unknown team '" + route.team() + "'"));
        } else if (!ANY_LANGUAGE.equals(route.language()) && !team.languages().contains(route.language())
                && !team.languages().contains(ANY_LANGUAGE)) {
            problems.add(new Violation(at + "team", "team " + team.name() + " does not answer in " + route.language()));
        }
        return problems;
    }

    public static List<Violation> slaPolicy(RuleSet.SlaPolicyRule policy, String at) {
        List<Violation> problems = new ArrayList<>();
        if (!PRIORITIES.contains(policy.priority())) {
            problems.add(new Violation(at + "priority", "must be one of " + PRIORITIES));
        }
        if (!name(policy.name())) {
            problems.add(new Violation(at + "name", "must be 1-60 lower-case letters, digits and -"));
        }
        Duration first = duration(problems, at + "firstResponse", policy.firstResponse());
        Duration next = duration(problems, at + "nextResponse", policy.nextResponse());
        Duration resolution = duration(problems, at + "resolution", policy.resolution());
        if (first != null && resolution != null && resolution.compareTo(first) < 0) {
            problems.add(new Violation(at + "resolution", "must not be shorter than firstResponse"));
        }
        if (next != null && resolution != null && resolution.compareTo(next) < 0) {
            problems.add(new Violation(at + "resolution", "must not be shorter than nextResponse"));
        }
        if (policy.calendar() == null || !NAME.matcher(policy.calendar()).matches()) {
            problems.add(new Violation(at + "calendar", "must name a business-hours calendar, e.g. 24x7"));
        }
        return problems;
    }

    public static List<Violation> threshold(String name, Double value, String at) {
        var known = Thresholds.byKey(name);
        if (known.isEmpty()) {
            return List.of(new Violation(at + "name", "unknown threshold '" + name + "'"));
        }
        if (value == null || value.isNaN() || !known.get().allows(value)) {
            return List.of(new Violation(at + "value", "must be " + known.get().range() + " (" + known.get().meaning() + ")"));
        }
        return List.of();
    }

    /** The whole set: each part, plus what only the whole can show (duplicates, routes to missing teams). */
    public static List<Violation> ruleSet(RuleSet rules) {
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < rules.keywords().size(); i++) {
            problems.addAll(keyword(rules.keywords().get(i), "keywords[" + i + "]."));
        }
        Set<String> teamNames = new HashSet<>();
        for (int i = 0; i < rules.teams().size(); i++) {
            problems.addAll(team(rules.teams().get(i), "teams[" + i + "]."));
            if (!teamNames.add(rules.teams().get(i).name())) {
                problems.add(new Violation("teams[" + i + "].name", "is used twice"));
            }
        }
        Set<String> routeKeys = new HashSet<>();
        for (int i = 0; i < rules.routes().size(); i++) {
            RuleSet.Route route = rules.routes().get(i);
            problems.addAll(route(route, rules.teams(), "routes[" + i + "]."));
            if (!routeKeys.add(route.category() + "/" + route.language())) {
                problems.add(new Violation("routes[" + i + "]", "category and language are routed twice"));
            }
        }
        Set<String> priorities = new HashSet<>();
        for (int i = 0; i < rules.slaPolicies().size(); i++) {
            problems.addAll(slaPolicy(rules.slaPolicies().get(i), "slaPolicies[" + i + "]."));
            priorities.add(rules.slaPolicies().get(i).priority());
        }
        for (String priority : PRIORITIES) {
            if (!priorities.contains(priority)) {
                problems.add(new Violation("slaPolicies", "no policy for " + priority));
            }
        }
        for (Map.Entry<String, Double> threshold : rules.thresholds().entrySet()) {
            problems.addAll(threshold(threshold.getKey(), threshold.getValue(), "thresholds." + threshold.getKey() + "."));
        }
        for (Thresholds threshold : Thresholds.values()) {
            if (!rules.thresholds().containsKey(threshold.key())) {
                problems.add(new Violation("thresholds." + threshold.key(), "must be set"));
            }
        }
        return problems;
    }

    private static void language(List<Violation> problems, String field, String language) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            problems.add(new Violation(field, "must be an ISO 639-1 code or *"));
        }
    }

    private static Duration duration(List<Violation> problems, String field, String value) {
        if (value == null || !DURATION.matcher(value).matches()) {
            problems.add(new Violation(field, "must be an ISO-8601 duration of days, hours, minutes or seconds, e.g. PT4H"));
            return null;
        }
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                problems.add(new Violation(field, "must be positive"));
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            problems.add(new Violation(field, "must be an ISO-8601 duration, e.g. PT4H"));
            return null;
        }
    }

    private static boolean name(String value) {
        return value != null && NAME.matcher(value).matches();
    }
}
