package io.redress.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks a locally running Redress stack: intake burst throughput, end-to-end latency at a steady rate,
 * consumer lag after the load, and the memory of every process. Prints plain aligned text; see {@link Options}.
 *
 * <p>Every wait is bounded, and traffic goes only to the loopback addresses given on the command line.
 */
public final class Bench {

    private final Options options;
    private final ObjectMapper json = new ObjectMapper();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final List<String> problems = new ArrayList<>();

    // Figures gathered so far; written as JSON even when a later phase fails.
    private final String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private ProcessMemory.Snapshot memoryIdle;
    private String intakeStatus;
    private BurstPhase.Result burst;
    private PipelineDrain.Result drainAfterBurst;
    private SteadyPhase.Result steady;
    private PipelineDrain.Result finalLag;
    private ProcessMemory.Snapshot memoryAfter;
    private List<Targets.Verdict> targets;

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        quietKafkaLogging();
        int exit;
        try {
            Options options = Options.parse(args);
            if (options.help()) {
                System.out.print(Options.USAGE);
                exit = 0;
            } else {
                exit = new Bench(options).run();
            }
        } catch (BenchException e) {
            System.err.println("bench: " + e.getMessage());
            exit = 2;
        }
        System.exit(exit); // HTTP and Kafka client threads must not keep the JVM alive
    }

    /** Must run before the first Kafka class loads: slf4j-simple reads its settings once. */
    private static void quietKafkaLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "error"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** @return process exit code: 0 when every phase ran, 1 when something could not be measured */
    private int run() {
        ProcessMemory memory = new ProcessMemory(ProcessMemory.defaultPidDir());
        header(memory);

        // Before anything else touches the stack: this is the only sample that can judge the idle target.
        Text.section("Memory, idle (before load)");
        memoryIdle = memory.measure("idle (before load)");
        ProcessMemory.print(memoryIdle);

        try (LagProbe probe = new LagProbe(options.bootstrap())) {
            runLoad(probe);
        } catch (BenchException e) {
            abort(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort("interrupted");
        } catch (RuntimeException e) { // a bug, not an operator problem: still one line, still the JSON
            abort("unexpected " + IntakeClient.describe(e));
        }

        if (burst != null || steady != null) {
            Text.section("Memory, after load");
            memoryAfter = memory.measure("after load");
            ProcessMemory.print(memoryAfter);
        }

        Text.section("Targets");
        targets = Targets.evaluate(burst, steady, finalLag, memoryIdle, memoryAfter);
        Targets.print(targets);

        if (!problems.isEmpty()) {
            Text.blank();
            problems.forEach(p -> Text.note("problem: " + p));
        }
        writeJson();
        return problems.isEmpty() ? 0 : 1;
    }

    private void abort(String reason) {
        problems.add(reason);
        Text.blank();
        System.out.println("ABORTED: " + reason);
    }

    private void runLoad(LagProbe probe) throws InterruptedException {
        if (options.skipBurst() && options.skipSteady()) {
            return;
        }
        IntakeClient intake = new IntakeClient(options.intake(), json, System.getProperty("redress.token"));
        Text.section("Pre-flight");
        intakeStatus = intake.probe(); // throws a one-line BenchException when intake is down
        Text.row("intake " + options.intake(), intakeStatus);

        // Kafka is needed for the drain, the steady phase and the lag figures; fail before any load if it is down.
        long receivedBaseline;
        try {
            receivedBaseline = probe.endOffsetSum(LagProbe.RECEIVED_TOPIC);
            Text.row("kafka " + options.bootstrap(), "reachable, " + LagProbe.RECEIVED_TOPIC + " at offset sum "
                    + Text.count(receivedBaseline));
        } catch (BenchException e) {
            if (!options.skipSteady()) {
                throw new BenchException("Kafka check failed: " + e.getMessage());
            }
            problems.add("Kafka: " + e.getMessage() + " (lag not measured)");
            Text.row("kafka " + options.bootstrap(), "NOT reachable: " + e.getMessage() + "; lag will not be measured");
            receivedBaseline = -1;
        }
        PipelineDrain drain = new PipelineDrain(probe);

        if (!options.skipBurst()) {
            Text.section("Burst: intake throughput");
            burst = new BurstPhase(intake, new ComplaintFactory(json, runId + "b", 1)).run(options.burst(), options.concurrency());
            BurstPhase.print(burst);
            if (receivedBaseline >= 0) {
                Duration limit = Duration.ofSeconds(options.drainTimeoutSeconds());
                Text.section("Drain after burst (pipeline catches up before steady)");
                drainAfterBurst = drain.await(receivedBaseline, burst.created(), limit);
                PipelineDrain.print(drainAfterBurst, limit);
                if (!drainAfterBurst.caughtUp() && !options.skipSteady()) {
                    Text.note("warning: the burst backlog is still draining; steady latencies will include it.");
                }
            }
        }

        if (!options.skipSteady()) {
            Text.section("Steady: end to end (POST → CaseOpened)");
            try (CaseWatcher watcher = CaseWatcher.start(options.bootstrap(), json)) {
                steady = new SteadyPhase(intake, new ComplaintFactory(json, runId + "s", 2), watcher)
                        .run(options.rate(), options.durationSeconds());
                if (watcher.failure() != null) {
                    problems.add("case watcher: " + watcher.failure().getMessage());
                }
                SteadyPhase.print(steady);
            } catch (BenchException e) { // the lag and memory figures are still worth having
                problems.add("steady: " + e.getMessage());
                Text.row("result", "not measured: " + e.getMessage());
            }
        }

        if (receivedBaseline >= 0) {
            // Offsets are committed periodically, so give the groups a short while to report what they did.
            Duration limit = Duration.ofSeconds(15);
            Text.section("Lag at the end");
            finalLag = drain.await(-1, 0, limit);
            PipelineDrain.print(finalLag, limit);
            if (finalLag.error() != null) {
                problems.add("lag: " + finalLag.error());
            }
        }
    }

    private void header(ProcessMemory memory) {
        System.out.println("Redress bench " + startedAt);
        Text.row("machine", Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name")
                + " (the bench shares the CPUs with the stack)");
        Text.row("intake / kafka", options.intake() + " / " + options.bootstrap());
        Text.row("burst", options.skipBurst() ? "skipped"
                : Text.count(options.burst()) + " complaints, " + options.concurrency() + " in flight");
        Text.row("steady", options.skipSteady() ? "skipped"
                : options.rate() + "/s for " + options.durationSeconds() + " s");
        Text.row("pid files", memory.pidDir().toString());
    }

    private void writeJson() {
        Path file = options.json();
        if (file == null) {
            return;
        }
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("cpus", Runtime.getRuntime().availableProcessors());
        environment.put("java", System.getProperty("java.version"));
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("intake", options.intake().toString());
        opts.put("bootstrap", options.bootstrap());
        opts.put("burst", options.skipBurst() ? null : options.burst());
        opts.put("concurrency", options.concurrency());
        opts.put("rate", options.skipSteady() ? null : options.rate());
        opts.put("durationSeconds", options.skipSteady() ? null : options.durationSeconds());
        opts.put("drainTimeoutSeconds", options.drainTimeoutSeconds());
        BenchReport report = new BenchReport(startedAt, environment, opts, memoryIdle, intakeStatus, burst,
                drainAfterBurst, steady, finalLag, memoryAfter, targets, problems);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
            Text.blank();
            Text.note("figures written to " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("bench: cannot write " + file + ": " + e.getMessage());
            problems.add("json not written");
        }
    }
}
