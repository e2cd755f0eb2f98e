package io.redress.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** Intake throughput: N posts as fast as intake takes them, with at most C requests in flight. */
final class BurstPhase {

    public record Result(
            int requested,
            int concurrency,
            long accepted,
            long created,
            long repeats,
            Map<String, Long> errors,
            double seconds,
            double acceptedPerSecond,
            Percentiles latencyMs) {
    }

    /** Longest a permit can stay out: the request timeout plus slack for the callback itself. */
    private static final long PERMIT_WAIT_SECONDS = IntakeClient.REQUEST_TIMEOUT.toSeconds() + 5;

    private final IntakeClient client;
    private final ComplaintFactory factory;

    BurstPhase(IntakeClient client, ComplaintFactory factory) {
        this.client = client;
        this.factory = factory;
    }

    Result run(int total, int concurrency) throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        double[] latencies = new double[total]; // one slot per request; NaN until it succeeds
        Arrays.fill(latencies, Double.NaN);
        LongAdder created = new LongAdder();
        LongAdder repeats = new LongAdder();
        Tally errors = new Tally();

        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            if (!inFlight.tryAcquire(PERMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new BenchException("burst stalled: no request completed for " + PERMIT_WAIT_SECONDS + " s");
            }
            int slot = i;
            client.post(factory.next()).thenAccept(result -> {
                try {
                    if (result.accepted()) {
                        latencies[slot] = result.latencyMillis();
                        (result.status() == 201 ? created : repeats).increment();
                    } else {
                        errors.add(result.failure());
                    }
                } finally {
                    inFlight.release();
                }
            });
        }
        // Taking every permit back means every callback has run (and its array write is visible here).
        if (!inFlight.tryAcquire(concurrency, PERMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new BenchException("burst: requests still outstanding " + PERMIT_WAIT_SECONDS + " s after the last send");
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        long accepted = created.sum() + repeats.sum();
        double[] acceptedLatencies = Arrays.stream(latencies).filter(v -> !Double.isNaN(v)).toArray();
        return new Result(total, concurrency, accepted, created.sum(), repeats.sum(), errors.snapshot(),
                seconds, accepted / seconds, Percentiles.of(acceptedLatencies));
    }

    static void print(Result r) {
        Text.row("complaints posted", Text.count(r.requested()) + " with " + r.concurrency() + " in flight");
        Text.row("accepted (201 new / 200 repeat)", Text.count(r.accepted())
                + " (" + Text.count(r.created()) + " / " + Text.count(r.repeats()) + ")");
        Text.row("errors", Tally.describe(r.errors()));
        Text.row("wall time", Text.decimal(r.seconds()) + " s");
        Text.row("accepted throughput", Text.oneDecimal(r.acceptedPerSecond()) + " complaints/s");
        Text.row("HTTP latency (accepted)", r.latencyMs().describe("ms"));
    }
}
