package io.redress.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads triage's own timer, {@code redress_triage_duration_seconds} (the time from the moment triage takes a
 * complaint until its decision is committed), and its heap from the Prometheus endpoint. Percentiles come from
 * the difference of two scrapes' cumulative buckets, so only the complaints between them count; a percentile is
 * reported as the upper bound of the bucket it falls in.
 */
final class TriageMetrics {

    private static final String BUCKET = "redress_triage_duration_seconds_bucket";
    private static final String HEAP = "jvm_memory_used_bytes";
    private static final String INCIDENT_QUEUE = "redress_incident_queue_pending";
    private static final String PHASE = "redress_triage_batch_phase_seconds";
    /** Triage's phases in the order a batch passes them; the endpoint lists them in no particular order. */
    private static final List<String> PHASES = List.of("locking", "reading", "deciding", "writing", "committing");

    /**
     * Cumulative counts per bucket bound (seconds), summed over every tag combination, heap in use, and the
     * complaints decided but not yet placed into incidents (a gauge triage refreshes every few seconds), and the
     * seconds spent in each phase of a batch with the number of batches.
     */
    record Scrape(TreeMap<Double, Double> buckets, double heapBytes, double incidentQueue,
            Map<String, Double> phaseSeconds, double batches) {

        double count() {
            return buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
        }

        /** Upper bound in milliseconds of the bucket holding the given quantile of what happened since {@code before}. */
        double quantileMillisSince(Scrape before, double quantile) {
            double total = count() - before.count();
            if (total <= 0) {
                return Double.NaN;
            }
            for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
                double cumulative = bucket.getValue() - before.buckets.getOrDefault(bucket.getKey(), 0.0);
                if (cumulative >= quantile * total) {
                    return bucket.getKey() * 1000;
                }
            }
            return Double.POSITIVE_INFINITY;
        }

        /**
         * Share of what happened since {@code before} that took at most {@code millis}, read from the bucket with
         * that bound; NaN when triage's timer has no such bucket.
         */
        double shareWithinSince(Scrape before, double millis) {
            double total = count() - before.count();
            Double within = buckets.get(millis / 1000);
            if (total <= 0 || within == null) {
                return Double.NaN;
            }
            return (within - before.buckets.getOrDefault(millis / 1000, 0.0)) / total;
        }

        /** Milliseconds a batch spent in each phase on average since {@code before}, in triage's order. */
        Map<String, Double> meanPhaseMillisSince(Scrape before) {
            double count = batches - before.batches;
            Map<String, Double> means = new LinkedHashMap<>();
            for (String phase : PHASES) {
                double seconds = phaseSeconds.getOrDefault(phase, Double.NaN);
                means.put(phase, count <= 0 ? Double.NaN
                        : (seconds - before.phaseSeconds.getOrDefault(phase, 0.0)) * 1000 / count);
            }
            return means;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI metrics;

    TriageMetrics(URI triage) {
        this.metrics = triage.resolve("/q/metrics");
    }

    Scrape scrape() throws InterruptedException {
        String body;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BenchException(metrics + " answered " + response.statusCode());
            }
            body = response.body();
        } catch (IOException e) {
            throw new BenchException("cannot read " + metrics + ": " + e.getMessage());
        }
        TreeMap<Double, Double> buckets = new TreeMap<>();
        double heap = 0;
        double incidentQueue = Double.NaN;
        Map<String, Double> phaseSeconds = new LinkedHashMap<>();
        double batches = 0;
        for (String line : body.split("\n")) {
            if (line.startsWith(BUCKET + "{")) {
                String bound = label(line, "le");
                double le = "+Inf".equals(bound) ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
                buckets.merge(le, value(line), Double::sum);
            } else if (line.startsWith(HEAP + "{") && "heap".equals(label(line, "area"))) {
                heap += value(line);
            } else if (line.startsWith(INCIDENT_QUEUE + "{") || line.startsWith(INCIDENT_QUEUE + " ")) {
                incidentQueue = value(line);
            } else if (line.startsWith(PHASE + "_sum{")) {
                phaseSeconds.merge(label(line, "phase"), value(line), Double::sum);
            } else if (line.startsWith(PHASE + "_count{") && PHASES.get(0).equals(label(line, "phase"))) {
                // Every batch passes every phase once: the first phase's count is the number of batches.
                batches += value(line);
            }
        }
        if (buckets.isEmpty()) {
            throw new BenchException(metrics + " has no " + BUCKET + " (has triage handled a complaint yet?)");
        }
        return new Scrape(buckets, heap, incidentQueue, phaseSeconds, batches);
    }

    private static String label(String line, String name) {
        int start = line.indexOf(name + "=\"");
        if (start < 0) {
            return null;
        }
        start += name.length() + 2;
        return line.substring(start, line.indexOf('"', start));
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
