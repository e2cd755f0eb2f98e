package io.redress.triage.decision;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a complaint is about, as features that mean the same in every language: the categories and products
 * its keywords point to ({@code c:}, {@code p:}), codes and versions ({@code code:}, {@code v:}), other numbers
 * ({@code n:}, long ones {@code id:}), hashtags ({@code tag:}), domains ({@code site:}) and its remaining content
 * words, cut to a stem ({@code w:}). Two signatures are compared by weighted Jaccard similarity: a shared error
 * code says more than a shared product, which says more than a shared word. Immutable and thread-safe.
 */
public final class ProblemSignature {

    public static final ProblemSignature EMPTY = new ProblemSignature(Set.of());

    private final Set<String> features;
    /** Summed once: placing compares each incident's core with every complaint of a batch. */
    private final double total;

    public ProblemSignature(Set<String> features) {
        this.features = Set.copyOf(features);
        double sum = 0;
        for (String feature : this.features) {
            sum += weight(feature);
        }
        this.total = sum;
    }

    public Set<String> features() {
        return features;
    }

    public static ProblemSignature of(Collection<String> features) {
        return features == null ? EMPTY : new ProblemSignature(Set.copyOf(features));
    }

    /**
     * The features at least half of an incident's complaints share: what the incident is about. A union would
     * grow with every complaint and pull ever more loosely related ones in.
     */
    public static ProblemSignature core(Map<String, Integer> counts, int complaints) {
        return new ProblemSignature(counts.entrySet().stream().filter(e -> 2 * e.getValue() >= complaints)
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    /** Shared weight over combined weight: 1 for the same features, 0 for none in common. */
    public double similarity(ProblemSignature other) {
        Set<String> smaller = features.size() <= other.features.size() ? features : other.features;
        Set<String> larger = smaller == features ? other.features : features;
        double shared = 0;
        for (String feature : smaller) {
            if (larger.contains(feature)) {
                shared += weight(feature);
            }
        }
        double all = total + other.total - shared;
        return all == 0 ? 0 : shared / all;
    }

    /**
     * A code or version names one fault; category, product, hashtag and site name the area; a word may be
     * chance; a long number is usually one customer's order and, unshared, should cost little.
     */
    static double weight(String feature) {
        // Compared in place: this runs for every feature of every comparison while placing complaints.
        int colon = feature.indexOf(':');
        if (colon == 1) {
            return switch (feature.charAt(0)) {
                case 'v' -> 3;
                case 'c', 'p' -> 2;
                case 'n' -> 1.5;
                default -> 1;
            };
        }
        if (feature.startsWith("code:")) {
            return 3;
        }
        if (feature.startsWith("tag:") || feature.startsWith("site:")) {
            return 2;
        }
        return feature.startsWith("id:") ? 0.5 : 1;
    }

    /** The most telling features, for a title: heaviest first, without the given ones (say, the category). */
    public List<String> terms(int limit, Collection<String> without) {
        return new TreeSet<>(features).stream().filter(f -> !without.contains(f))
                .sorted(Comparator.comparingDouble(ProblemSignature::weight).reversed())
                .limit(limit).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProblemSignature signature && features.equals(signature.features);
    }

    @Override
    public int hashCode() {
        return features.hashCode();
    }

    @Override
    public String toString() {
        return "ProblemSignature" + features;
    }

    /** A feature as a person reads it: "code:e502" → "e502", "c:billing" → "billing". */
    public static String term(String feature) {
        return feature.substring(feature.indexOf(':') + 1);
    }
}
