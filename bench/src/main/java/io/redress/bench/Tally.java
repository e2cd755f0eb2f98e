package io.redress.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counts of failures by kind ("HTTP 503", "connection refused", ...), updated from HTTP callbacks. */
final class Tally {

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String kind) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** Sorted copy, so output and JSON are stable. */
    Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((kind, n) -> copy.put(kind, n.sum()));
        return copy;
    }

    static long total(Map<String, Long> tally) {
        return tally.values().stream().mapToLong(Long::longValue).sum();
    }

    static String describe(Map<String, Long> tally) {
        if (tally.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        tally.forEach((kind, n) -> text.append(text.length() == 0 ? "" : ", ").append(Text.count(n)).append(" × ").append(kind));
        return text.toString();
    }
}
