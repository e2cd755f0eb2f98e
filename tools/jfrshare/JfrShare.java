import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What share of a JFR recording's CPU samples falls into each part of triage, counted once per sample when any
 * frame of its stack belongs to that part (so shares overlap: Lingua runs inside our reading). Samples are
 * those of threads whose name starts with the given prefix; without one, every thread's. Record with
 * {@code -XX:StartFlightRecording=delay=100s,duration=20s,settings=profile,filename=triage.jfr} in
 * {@code REDRESS_JAVA_OPTS}, then run {@code java tools/jfrshare/JfrShare.java triage.jfr executor-thread}.
 */
public final class JfrShare {

    /** A part of the service and the prefixes of the frames (class and method names) that belong to it. */
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("language detection (Lingua)", List.of("com.github.pemistahl.lingua."));
        PARTS.put("  Lingua's n-gram look-ups", List.of("com.github.pemistahl.lingua.api.LanguageDetector"
                + ".computeLanguageProbabilities"));
        PARTS.put("  Lingua's rules", List.of("com.github.pemistahl.lingua.api.LanguageDetector.filterLanguagesByRules",
                "com.github.pemistahl.lingua.api.LanguageDetector.detectLanguageWithRules"));
        PARTS.put("language shortlist", List.of("io.redress.triage.service.LanguageShortlist."));
        PARTS.put("decision (rules, playbook, signature)", List.of("io.redress.triage.decision."));
        PARTS.put("reading (lexicons, normalising)", List.of("io.redress.triage.analysis."));
        PARTS.put("incidents", List.of("io.redress.triage.service.Incidents."));
        PARTS.put("outbox", List.of("io.redress.triage.outbox."));
        PARTS.put("Hibernate", List.of("org.hibernate."));
        PARTS.put("JDBC driver and pool", List.of("org.postgresql.", "io.agroal."));
        PARTS.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        PARTS.put("JSON schema validation", List.of("com.networknt."));
        PARTS.put("transactions (Narayana)", List.of("com.arjuna."));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java tools/jfrshare/JfrShare.java RECORDING.jfr [THREAD-NAME-PREFIX]");
            System.exit(2);
        }
        String threads = args.length > 1 ? args[1] : "";
        Map<String, Integer> byThread = new TreeMap<>();
        Map<String, Integer> byPart = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> byPart.put(part, 0));
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                String thread = event.getThread("sampledThread") == null ? "?"
                        : event.getThread("sampledThread").getJavaName();
                byThread.merge(thread == null ? "?" : thread.replaceAll("\\d+", "N"), 1, Integer::sum);
                if (thread == null || !thread.startsWith(threads) || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<String> frames = new ArrayList<>();
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                }
                Set<String> hit = new HashSet<>();
                PARTS.forEach((part, prefixes) -> {
                    if (frames.stream().anyMatch(f -> prefixes.stream().anyMatch(f::startsWith))) {
                        hit.add(part);
                    }
                });
                hit.forEach(part -> byPart.merge(part, 1, Integer::sum));
            }
        }
        System.out.println("samples per thread (digits folded):");
        byThread.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf("  %-50s %6d%n", e.getKey(), e.getValue()));
        System.out.printf("%nshare of the %d samples of threads '%s*' with a frame in:%n", samples, threads);
        int total = samples;
        byPart.forEach((part, count) -> System.out.printf("  %-42s %5.1f%%%n", part,
                total == 0 ? 0 : 100.0 * count / total));
    }
}
