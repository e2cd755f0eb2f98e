package io.redress.bench;

import java.time.Duration;
import java.util.List;

/**
 * Waits, bounded, until the pipeline has caught up: intake's outbox has published what it accepted, and both
 * consumer groups are within {@link LagProbe#KEPT_UP_MAX_LAG} of the end of their topics. Used between burst and
 * steady (so the steady figures are not inflated by the burst's backlog) and once more at the end.
 */
final class PipelineDrain {

    /**
     * @param published records that reached complaints.received.v1 since the baseline (-1 when not checked)
     * @param expected  complaints intake newly accepted since the baseline (0 when not checked)
     */
    public record Result(boolean caughtUp, double seconds, long published, long expected,
                         List<LagProbe.GroupLag> lags, String error) {
    }

    private static final long POLL_MILLIS = 1000;

    private final LagProbe probe;

    PipelineDrain(LagProbe probe) {
        this.probe = probe;
    }

    /**
     * @param receivedBaseline end-offset sum of complaints.received.v1 taken before the load, or -1 to skip the
     *                         outbox check
     * @param expected         complaints created (201) by the load since that baseline
     */
    Result await(long receivedBaseline, long expected, Duration timeout) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        while (true) {
            long published = -1;
            try {
                if (receivedBaseline >= 0) {
                    published = probe.endOffsetSum(LagProbe.RECEIVED_TOPIC) - receivedBaseline;
                }
            } catch (BenchException e) {
                return new Result(false, seconds(begin), -1, expected, List.of(), e.getMessage());
            }
            List<LagProbe.GroupLag> lags = probe.pipeline();
            String error = lags.stream().filter(l -> l.error() != null)
                    .map(l -> l.group() + ": " + l.error()).findFirst().orElse(null);
            boolean outboxDone = receivedBaseline < 0 || published >= expected;
            boolean caughtUp = error == null && outboxDone && lags.stream().allMatch(LagProbe.GroupLag::keptUp);
            if (caughtUp || error != null || System.nanoTime() >= deadline) {
                return new Result(caughtUp, seconds(begin), published, expected, lags, error);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }

    static void print(Result r, Duration timeout) {
        if (r.published() >= 0) {
            Text.row("outbox published", Text.count(r.published()) + " of " + Text.count(r.expected())
                    + " new complaints to " + LagProbe.RECEIVED_TOPIC);
        }
        for (LagProbe.GroupLag lag : r.lags()) {
            Text.row("lag " + lag.group(), lag.describe());
        }
        if (r.error() != null) {
            Text.row("result", "not measured: " + r.error());
        } else if (r.caughtUp()) {
            Text.row("result", "caught up after " + Text.decimal(r.seconds()) + " s (lag ≤ "
                    + LagProbe.KEPT_UP_MAX_LAG + " per group)");
        } else {
            Text.row("result", "NOT caught up after " + timeout.toSeconds() + " s");
        }
    }
}
