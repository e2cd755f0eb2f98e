import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU goes on this machine over a few seconds, per process kind and per thread name (digits folded, so
 * a pool's threads add up), from /proc/<pid>/task/<tid>/stat. Run it while a bench runs:
 * {@code java tools/threadcpu/ThreadCpu.java 30}. Linux only; clock ticks assumed 100 per second (USER_HZ).
 */
public final class ThreadCpu {

    private static final double TICKS_PER_SECOND = 100;

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        Map<String, Long> before = sample();
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        Map<String, Long> after = sample();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Double> byProcess = new HashMap<>();
        Map<String, Double> byThread = new HashMap<>();
        after.forEach((key, ticks) -> {
            double cores = (ticks - before.getOrDefault(key, 0L)) / TICKS_PER_SECOND / elapsed;
            String[] parts = key.split("\t");
            byProcess.merge(parts[0], cores, Double::sum);
            byThread.merge(parts[0] + "  " + parts[3], cores, Double::sum);
        });
        System.out.printf("%.1f s sampled; cores used%n", elapsed);
        print(byProcess, 10);
        print(byThread, 20);
    }

    private static void print(Map<String, Double> cores, int limit) {
        cores.entrySet().stream().filter(e -> e.getValue() >= 0.005)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("  %-50s %.2f%n", e.getKey(), e.getValue()));
        System.out.println();
    }

    /** Ticks used so far, keyed by process kind, pid, tid and thread name. */
    private static Map<String, Long> sample() throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try (Stream<Path> tasks = Files.list(p.resolve("task"))) {
                    String kind = kind(Files.readString(p.resolve("cmdline")).replace('\0', ' '));
                    tasks.forEach(t -> {
                        try {
                            String stat = Files.readString(t.resolve("stat"));
                            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            String key = kind + "\t" + p.getFileName() + "\t" + t.getFileName() + "\t"
                                    + name.replaceAll("\\d+", "N");
                            ticks.put(key, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                        } catch (IOException | RuntimeException gone) {
                            // the thread ended between listing and reading
                        }
                    });
                } catch (IOException | RuntimeException gone) {
                    // the process ended between listing and reading
                }
            });
        }
        return ticks;
    }

    private static String kind(String command) {
        if (command.contains("triage-bench")) {
            return "triage (bench instance)";
        } else if (command.contains("kafka.Kafka")) {
            return "kafka";
        } else if (command.contains("TriageBench")) {
            return "bench";
        } else if (command.startsWith("postgres") || command.contains("/bin/postgres ")) {
            return "postgresql";
        }
        return "other";
    }
}
