package io.redress.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * End to end at a fixed rate: POST /complaints → intake → triage → followup → CaseOpened seen by the
 * {@link CaseWatcher}. Sends follow a fixed-rate clock (send i is due at start + i/R), so a slow response never
 * lowers the offered rate the way sleep-after-send would.
 */
final class SteadyPhase {

    public record Result(
            int targetRate,
            int durationSeconds,
            long attempted,
            long accepted,
            Map<String, Long> errors,
            long skippedAtInFlightCap,
            double sendSeconds,
            double achievedRate,
            double maxScheduleSlipMs,
            long opened,
            double stragglerWaitSeconds,
            Percentiles postToCaseMs,
            Percentiles postToOpenedAtMs,
            Percentiles httpMs) {

        long missing() {
            return accepted - opened;
        }
    }

    static final Duration STRAGGLER_WAIT = Duration.ofSeconds(30);
    private static final long PERMIT_WAIT_SECONDS = IntakeClient.REQUEST_TIMEOUT.toSeconds() + 5;

    /** Send instant per accepted complaint: monotonic for latency, wall clock to compare with the server's stamp. */
    private record Sent(long nanos, long epochMillis) {
    }

    private final IntakeClient client;
    private final ComplaintFactory factory;
    private final CaseWatcher watcher;

    SteadyPhase(IntakeClient client, ComplaintFactory factory, CaseWatcher watcher) {
        this.client = client;
        this.factory = factory;
        this.watcher = watcher;
    }

    Result run(int rate, int durationSeconds) throws InterruptedException {
        long total = (long) rate * durationSeconds;
        // Cap in-flight requests at 2 s worth of traffic: generous enough not to throttle a healthy intake,
        // bounded so a hung intake cannot pile up unbounded requests.
        int cap = Math.max(64, rate * 2);
        Semaphore inFlight = new Semaphore(cap);
        Map<String, Sent> sent = new ConcurrentHashMap<>();
        List<Double> httpLatencies = Collections.synchronizedList(new ArrayList<>());
        Tally errors = new Tally();
        LongAdder accepted = new LongAdder();
        long skipped = 0;
        long attempted = 0;
        long maxSlip = 0;

        long start = System.nanoTime() + 10_000_000; // a small lead so send 0 is not already late
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            parkUntil(due);
            if (!inFlight.tryAcquire(PERMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                skipped++;
                continue;
            }
            maxSlip = Math.max(maxSlip, System.nanoTime() - due);
            attempted++;
            long epochMillis = System.currentTimeMillis();
            client.post(factory.next()).thenAccept(result -> {
                try {
                    if (result.accepted()) {
                        sent.put(result.id(), new Sent(result.startNanos(), epochMillis));
                        httpLatencies.add(result.latencyMillis());
                        accepted.increment();
                    } else {
                        errors.add(result.failure());
                    }
                } finally {
                    inFlight.release();
                }
            });
        }
        // The window ends one period after the last send was due, so an on-time run reports exactly R/s.
        double sendSeconds = (System.nanoTime() - start) / 1e9 + 1.0 / rate;

        if (!inFlight.tryAcquire(cap, PERMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new BenchException("steady: requests still outstanding " + PERMIT_WAIT_SECONDS + " s after the last send");
        }

        double stragglerWait = awaitCases(sent.keySet());

        List<Double> toCase = new ArrayList<>();
        List<Double> toOpenedAt = new ArrayList<>();
        sent.forEach((id, s) -> {
            CaseWatcher.Arrival arrival = watcher.arrivalOf(id);
            if (arrival != null) {
                toCase.add((arrival.nanos() - s.nanos()) / 1e6);
                if (arrival.openedAt() != null) {
                    toOpenedAt.add((double) (arrival.openedAt().toEpochMilli() - s.epochMillis()));
                }
            }
        });

        return new Result(rate, durationSeconds, attempted, accepted.sum(), errors.snapshot(), skipped,
                sendSeconds, attempted / sendSeconds, maxSlip / 1e6, toCase.size(), stragglerWait,
                Percentiles.of(unbox(toCase)), Percentiles.of(unbox(toOpenedAt)), Percentiles.of(unbox(httpLatencies)));
    }

    /** Waits (bounded) for the stragglers: until every accepted complaint's case was seen. Returns seconds waited. */
    private double awaitCases(Set<String> ids) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + STRAGGLER_WAIT.toNanos();
        List<String> waiting = new ArrayList<>(ids);
        while (System.nanoTime() < deadline && watcher.failure() == null) {
            waiting.removeIf(id -> watcher.arrivalOf(id) != null);
            if (waiting.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private static void parkUntil(long due) {
        long remaining;
        while ((remaining = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    private static double[] unbox(List<Double> values) {
        synchronized (values) { // the HTTP list is a synchronized wrapper; the others are local
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    static void print(Result r) {
        Text.row("target", r.targetRate() + "/s for " + r.durationSeconds() + " s"
                + " (" + Text.count((long) r.targetRate() * r.durationSeconds()) + " complaints)");
        Text.row("sent", Text.count(r.attempted()) + " in " + Text.decimal(r.sendSeconds()) + " s"
                + (r.skippedAtInFlightCap() > 0 ? ", " + Text.count(r.skippedAtInFlightCap()) + " skipped (in-flight cap)" : ""));
        Text.row("achieved send rate", Text.rate(r.achievedRate()) + " (worst send "
                + Text.decimal(r.maxScheduleSlipMs()) + " ms behind schedule)");
        Text.row("accepted by intake", Text.count(r.accepted()) + "; errors: " + Tally.describe(r.errors()));
        Text.row("HTTP latency", r.httpMs().describe("ms"));
        Text.row("cases opened", Text.count(r.opened()) + " of " + Text.count(r.accepted()) + " accepted"
                + (r.missing() > 0 ? " (" + Text.count(r.missing()) + " not seen)" : "")
                + ", waited " + Text.decimal(r.stragglerWaitSeconds()) + " s after the last response"
                + " (limit " + STRAGGLER_WAIT.toSeconds() + " s)");
        Text.row("POST → CaseOpened seen", r.postToCaseMs().describe("ms"));
        Text.row("POST → openedAt (server stamp)", r.postToOpenedAtMs().describe("ms"));
        Text.note("POST → CaseOpened seen includes Kafka delivery to this bench's consumer (poll/fetch), on the");
        Text.note("monotonic clock. POST → openedAt uses followup's own timestamp (wall clock, ms resolution),");
        Text.note("so it excludes the outbox/Kafka hop after the case was opened.");
    }
}
