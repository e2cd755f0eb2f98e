package io.redress.triage.eval;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts of (expected, predicted) label pairs, printed as per-label precision, recall, F1 and a matrix. */
final class Confusion {

    private final String name;
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    Confusion(String name) {
        this.name = name;
    }

    void add(String expected, String predicted) {
        counts.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }

    int count(String expected, String predicted) {
        return counts.getOrDefault(expected, Map.of()).getOrDefault(predicted, 0);
    }

    TreeSet<String> labels() {
        var labels = new TreeSet<>(counts.keySet());
        counts.values().forEach(row -> labels.addAll(row.keySet()));
        return labels;
    }

    double precision(String label) {
        int predicted = labels().stream().mapToInt(e -> count(e, label)).sum();
        return predicted == 0 ? 0 : (double) count(label, label) / predicted;
    }

    double recall(String label) {
        int expected = counts.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        return expected == 0 ? 0 : (double) count(label, label) / expected;
    }

    double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void print(PrintStream out) {
        if (counts.isEmpty()) {
            out.printf("%n== %s%nno example has this label%n", name);
            return;
        }
        out.printf("%n== %s%n%-16s %9s %9s %9s %8s%n", name, "label", "precision", "recall", "F1", "support");
        int correct = 0;
        int total = 0;
        for (String label : labels()) {
            int support = counts.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            correct += count(label, label);
            total += support;
            if (!"-".equals(label)) {
                out.printf("%-16s %9.3f %9.3f %9.3f %8d%n", label, precision(label), recall(label), f1(label), support);
            }
        }
        out.printf("accuracy %.3f (%d/%d)%n", total == 0 ? 0 : (double) correct / total, correct, total);
        out.printf("confusion (rows expected, columns predicted)%n%-16s", "");
        labels().forEach(label -> out.printf(" %6.6s", label));
        out.println();
        for (String expected : labels()) {
            out.printf("%-16s", expected);
            labels().forEach(predicted -> out.printf(" %6d", count(expected, predicted)));
            out.println();
        }
    }
}
