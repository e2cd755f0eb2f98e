package io.redress.triage.eval;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.analysis.Lexicons;
import io.redress.triage.analysis.TextAnalyser;
import io.redress.triage.decision.ComplaintFacts;
import io.redress.triage.decision.Decider;
import io.redress.triage.decision.ProblemSignature;
import io.redress.triage.decision.ProblemSignatures;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.DefaultRules;
import io.redress.triage.service.LanguageDetector;

/**
 * How fast one thread reads complaints the way the service does (language detection on the sample, lexicons,
 * rules, decision), over the evaluation texts again and again, and how much heap the detector, lexicons and
 * rules hold; then what placing a complaint in an incident adds (its problem signature, and comparing it with
 * as many unplaced complaints as placing ever compares). It measures the analysis path only, not Kafka or
 * PostgreSQL.
 */
final class AnalysisSpeed {

    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 50_000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AnalysisSpeed() {
    }

    static void measure(List<Evaluation.Example> examples, PrintStream out) {
        long heapBefore = usedHeapAfterGc();
        var detector = new LanguageDetector(Evaluation.LANGUAGES);
        var decider = new Decider(new TextAnalyser(Lexicons.load(Evaluation.LANGUAGES)));
        var rules = new CompiledRules(1, DefaultRules.load(Evaluation.LANGUAGES, new ObjectMapper()));
        List<ComplaintFacts> facts = examples.stream().map(e -> new ComplaintFacts(e.text(), e.channel(),
                e.visibility(), 0, 0, null)).toList();
        for (int i = 0; i < WARM_UP; i++) {
            read(detector, decider, rules, facts.get(i % facts.size()));
        }
        long heapModels = usedHeapAfterGc() - heapBefore;
        long[] nanos = new long[MEASURED];
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            read(detector, decider, rules, facts.get(i % facts.size()));
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        Arrays.sort(nanos);
        out.printf("%nAnalysis path, one thread, %d complaints (the set's texts repeated) after %d warm-up:%n", MEASURED,
                WARM_UP);
        out.printf("throughput %.0f complaints/s; latency p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                MEASURED / seconds, nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6,
                nanos[MEASURED - 1] / 1e6);
        out.printf("allocated %.1f KB per complaint (what young collections must clear)%n",
                allocated / 1024.0 / MEASURED);
        out.printf("heap held by language models, lexicons and rules: %d MB%n", heapModels / (1024 * 1024));
        // A set without language labels has its signatures read in the language detected.
        List<String> languages = examples.stream()
                .map(e -> e.language() != null ? e.language() : detector.detect(e.text()).language()).toList();
        signatures(examples, languages, rules, out);
    }

    /** Signatures of the examples in their language; each compared with 500 others, as placing may. */
    private static void signatures(List<Evaluation.Example> examples, List<String> languages, CompiledRules rules,
            PrintStream out) {
        var signatures = new ProblemSignatures(Lexicons.load(Evaluation.LANGUAGES));
        List<ProblemSignature> read = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            read.add(signatures.read(examples.get(i).text(), languages.get(i), rules));
        }
        int candidates = 500;
        double sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            int n = i % examples.size();
            sink += signatures.read(examples.get(n).text(), languages.get(n), rules).features().size();
            sink += read.get(i % read.size()).similarity(read.get((i + 1) % read.size()));
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            int n = i % examples.size();
            sink += signatures.read(examples.get(n).text(), languages.get(n), rules).features().size();
        }
        double readMicros = (System.nanoTime() - start) / 1e3 / MEASURED;
        start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            sink += read.get(i % read.size()).similarity(read.get((i * 7 + 3) % read.size()));
        }
        double compareMicros = (System.nanoTime() - start) / 1e3 / MEASURED;
        out.printf("problem signature: %.1f µs to read one; %.2f µs per comparison, %.0f µs for %d candidates "
                + "(%.0f)%n", readMicros, compareMicros, compareMicros * candidates, candidates, sink % 10);
    }

    /** As the service's {@code ComplaintReader} does, the language's reason saying how it was told included. */
    private static void read(LanguageDetector detector, Decider decider, CompiledRules rules, ComplaintFacts facts) {
        LanguageDetector.Detected language = detector.detect(facts.text());
        decider.decide(facts, language.language(), language.confidence(), language.basis(), rules);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
