package io.redress.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The project's published targets, judged against what this run measured. */
final class Targets {

    static final double INTAKE_MIN_PER_SECOND = 1000;
    static final int STEADY_RATE = 200;
    static final double STEADY_P99_MAX_MS = 500;
    /** The fixed-rate clock may finish a hair late; 2% under the target rate still counts as running at it. */
    static final double RATE_TOLERANCE = 0.98;
    static final long SERVICE_IDLE_MAX_KIB = 256L * 1024;
    static final long SUITE_MAX_KIB = 2560L * 1024;

    enum Status { MET, MISSED, NOT_MEASURED }

    public record Verdict(String target, String measured, Status status) {
    }

    static String summaryLine() {
        return "targets: intake ≥ 1000 complaints/s; steady 200/s p99 ≤ 500 ms with no lag;"
                + " each service ≤ 256 MiB RSS idle; whole suite ≤ 2.5 GiB RSS";
    }

    static List<Verdict> evaluate(BurstPhase.Result burst, SteadyPhase.Result steady, PipelineDrain.Result finalLag,
                                  ProcessMemory.Snapshot idle, ProcessMemory.Snapshot after) {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(intake(burst));
        verdicts.add(steady(steady));
        verdicts.add(lag(finalLag));
        verdicts.add(serviceIdle(idle));
        verdicts.add(suite(idle, after));
        return verdicts;
    }

    private static Verdict intake(BurstPhase.Result burst) {
        String target = "intake ≥ 1000 complaints/s (burst)";
        if (burst == null) {
            return new Verdict(target, "burst did not run", Status.NOT_MEASURED);
        }
        String measured = Text.rate(burst.acceptedPerSecond()) + " accepted";
        return new Verdict(target, measured, burst.acceptedPerSecond() >= INTAKE_MIN_PER_SECOND ? Status.MET : Status.MISSED);
    }

    private static Verdict steady(SteadyPhase.Result steady) {
        String target = "steady 200/s, POST→case p99 ≤ 500 ms";
        if (steady == null) {
            return new Verdict(target, "steady did not run", Status.NOT_MEASURED);
        }
        if (steady.targetRate() < STEADY_RATE) {
            return new Verdict(target, "ran at " + steady.targetRate() + "/s only", Status.NOT_MEASURED);
        }
        double p99 = steady.postToCaseMs().p99();
        String measured = String.format(Locale.ROOT, "%s sent, %s, %s/%s cases",
                Text.rate(steady.achievedRate()), Double.isNaN(p99) ? "no cases seen" : "p99 " + Text.decimal(p99) + " ms",
                Text.count(steady.opened()), Text.count(steady.attempted()));
        // Every complaint sent must come out as a case: p99 over the survivors alone would flatter a lossy run.
        boolean met = steady.achievedRate() >= STEADY_RATE * RATE_TOLERANCE
                && steady.attempted() > 0
                && steady.accepted() == steady.attempted()
                && steady.opened() == steady.accepted()
                && p99 <= STEADY_P99_MAX_MS;
        return new Verdict(target, measured, met ? Status.MET : Status.MISSED);
    }

    private static Verdict lag(PipelineDrain.Result finalLag) {
        String target = "no consumer lag after the drain (≤ " + LagProbe.KEPT_UP_MAX_LAG + ")";
        if (finalLag == null || finalLag.error() != null) {
            return new Verdict(target, finalLag == null ? "not measured" : finalLag.error(), Status.NOT_MEASURED);
        }
        StringBuilder measured = new StringBuilder();
        for (LagProbe.GroupLag lag : finalLag.lags()) {
            measured.append(measured.length() == 0 ? "" : ", ").append(lag.group().replace("redress-", ""))
                    .append(' ').append(Text.count(lag.lag()));
        }
        return new Verdict(target, measured.toString(), finalLag.caughtUp() ? Status.MET : Status.MISSED);
    }

    /** Judged on the sample taken before any load: after a burst the heaps are legitimately bigger. */
    private static Verdict serviceIdle(ProcessMemory.Snapshot idle) {
        String target = "each service ≤ 256 MiB RSS idle";
        StringBuilder measured = new StringBuilder();
        boolean allFound = true;
        boolean allUnder = true;
        for (String name : ProcessMemory.SERVICES) {
            ProcessMemory.ProcessRss p = idle.get(name).orElseThrow();
            measured.append(measured.length() == 0 ? "" : ", ").append(name).append(' ')
                    .append(p.found() ? Text.mib(p.rssKib()) : "not found");
            allFound &= p.found();
            allUnder &= !p.found() || p.rssKib() <= SERVICE_IDLE_MAX_KIB;
        }
        Status status = !allUnder ? Status.MISSED : allFound ? Status.MET : Status.NOT_MEASURED;
        return new Verdict(target, measured.toString(), status);
    }

    /** The larger of the two samples, so a suite that only fits while idle does not pass. */
    private static Verdict suite(ProcessMemory.Snapshot idle, ProcessMemory.Snapshot after) {
        String target = "whole suite ≤ 2.5 GiB RSS";
        ProcessMemory.Snapshot peak = after != null && after.totalKib() > idle.totalKib() ? after : idle;
        boolean complete = peak.found() == peak.processes().size();
        String measured = Text.mib(peak.totalKib()) + " " + peak.label()
                + (complete ? "" : " (only " + peak.found() + " of " + peak.processes().size() + " found)");
        Status status = peak.totalKib() > SUITE_MAX_KIB ? Status.MISSED : complete ? Status.MET : Status.NOT_MEASURED;
        return new Verdict(target, measured, status);
    }

    static void print(List<Verdict> verdicts) {
        Text.note(summaryLine());
        for (Verdict v : verdicts) {
            Text.note(String.format(Locale.ROOT, "%-12s %-40s %s", v.status().toString().replace('_', ' '), v.target(), v.measured()));
        }
    }
}
