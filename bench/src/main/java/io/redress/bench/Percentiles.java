package io.redress.bench;

import java.util.Arrays;

/**
 * Latency summary by the nearest-rank method: the p-th percentile is the smallest sample that at least p% of the
 * samples are less than or equal to. Always an observed value, never an interpolation, so p99 of 100 samples is the
 * 99th smallest. Units are whatever the caller passes in (the bench uses milliseconds).
 */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    public static final Percentiles EMPTY = new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Percentiles of(double[] samples) {
        if (samples.length == 0) {
            return EMPTY;
        }
        double[] sorted = samples.clone(); // the caller's array stays as it was
        Arrays.sort(sorted);
        return new Percentiles(sorted.length,
                rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    /**
     * Nearest rank on an ascending array: index ceil(p * n / 100) - 1. Multiplying before dividing keeps whole
     * percentiles exact (0.14 * 50 is 7.000000000000001 in binary floating point; 14 * 50 / 100.0 is 7).
     */
    static double rank(double[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + percentile);
        }
        int index = (int) Math.ceil(percentile * sorted.length / 100.0) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** "p50 12.3  p95 45.6  p99 78.9  max 101.2 ms (n=1000)" */
    public String describe(String unit) {
        if (count == 0) {
            return "no samples";
        }
        return String.format("p50 %s  p95 %s  p99 %s  max %s %s  (n=%d)",
                Text.decimal(p50), Text.decimal(p95), Text.decimal(p99), Text.decimal(max), unit, count);
    }
}
