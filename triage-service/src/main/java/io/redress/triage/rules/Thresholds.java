package io.redress.triage.rules;

import java.util.Map;

/** The numeric settings operators may change, with their meaning and allowed range. */
public enum Thresholds {
    COMPLAINT("complaint", "complaint score from which a text counts as a complaint", 0, 1),
    WIDE_REACH_FOLLOWERS("wide-reach-followers", "followers from which a public post has wide reach", 0, 1e12),
    REPEAT_COMPLAINTS("repeat-complaints", "earlier complaints from which a customer is a repeat complainer", 1, 1e6),
    ANGER("anger", "anger score from which a complaint counts as angry", 0, 1),
    AGGRESSION("aggression", "aggression points from which a complainer counts as aggressive", 0, 100),
    INCIDENT_WINDOW_MINUTES("incident-window-minutes", "how far back similar complaints join one incident", 1, 10080),
    INCIDENT_MIN_COMPLAINTS("incident-min-complaints", "similar complaints that open an incident", 2, 1e6),
    INCIDENT_SIMILARITY("incident-similarity",
            "how alike two complaints' problem signatures must be (weighted Jaccard) to be one incident", 0, 1),
    SPIKE_WINDOW_MINUTES("spike-window-minutes", "length of the window a category's volume is counted in", 1, 1440),
    SPIKE_BASELINE_WINDOWS("spike-baseline-windows", "earlier windows the baseline is averaged over", 1, 1000),
    SPIKE_FACTOR("spike-factor", "how many times its baseline a window's volume must reach to be a spike", 1, 1000),
    SPIKE_MIN_COUNT("spike-min-count", "fewest complaints in a window that can be a spike", 1, 1e6);

    private final String key;
    private final String meaning;
    private final double min;
    private final double max;

    Thresholds(String key, String meaning, double min, double max) {
        this.key = key;
        this.meaning = meaning;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public String meaning() {
        return meaning;
    }

    public boolean allows(double value) {
        return value >= min && value <= max;
    }

    public String range() {
        return "between " + min + " and " + max;
    }

    public double in(Map<String, Double> thresholds) {
        Double value = thresholds.get(key);
        if (value == null) {
            throw new IllegalStateException("threshold " + key + " is not set");
        }
        return value;
    }

    public static java.util.Optional<Thresholds> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
