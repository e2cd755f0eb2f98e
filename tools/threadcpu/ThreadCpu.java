import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU goes on this machine over a few seconds, per process kind and per thread name (digits folded, so
 * a pool's threads add up): the cores each used, and the cores' worth of time its threads spent runnable but
 * waiting for a core (the scheduler's run-queue delay), from /proc/<pid>/task/<tid>/schedstat. Run it while a
 * bench runs: {@code java tools/threadcpu/ThreadCpu.java 30}. Linux only.
 */
public final class ThreadCpu {

    /** Nanoseconds on a core and waiting for one, so far. */
    private record Use(long running, long waiting) {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        Map<String, Use> before = sample();
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        Map<String, Use> after = sample();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, double[]> byProcess = new HashMap<>();
        Map<String, double[]> byThread = new HashMap<>();
        after.forEach((key, use) -> {
            Use was = before.getOrDefault(key, new Use(0, 0));
            double[] cores = {(use.running() - was.running()) / 1e9 / elapsed,
                    (use.waiting() - was.waiting()) / 1e9 / elapsed};
            String[] parts = key.split("\t");
            byProcess.merge(parts[0], cores, ThreadCpu::add);
            byThread.merge(parts[0] + "  " + parts[3], cores, ThreadCpu::add);
        });
        System.out.printf("%.1f s sampled; cores used, and cores' worth of time runnable threads waited for one%n",
                elapsed);
        print(byProcess, 10);
        print(byThread, 20);
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1]};
    }

    private static void print(Map<String, double[]> cores, int limit) {
        cores.entrySet().stream().filter(e -> e.getValue()[0] >= 0.005)
                .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(limit)
                .forEach(e -> System.out.printf("  %-50s %.2f  waited %.2f%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1]));
        System.out.println();
    }

    /** Time used and waited so far, keyed by process kind, pid, tid and thread name. */
    private static Map<String, Use> sample() throws IOException {
        Map<String, Use> uses = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try (Stream<Path> tasks = Files.list(p.resolve("task"))) {
                    String kind = kind(Files.readString(p.resolve("cmdline")).replace('\0', ' '));
                    tasks.forEach(t -> {
                        try {
                            String name = Files.readString(t.resolve("comm")).strip();
                            String[] fields = Files.readString(t.resolve("schedstat")).strip().split(" ");
                            String key = kind + "\t" + p.getFileName() + "\t" + t.getFileName() + "\t"
                                    + name.replaceAll("\\d+", "N");
                            uses.put(key, new Use(Long.parseLong(fields[0]), Long.parseLong(fields[1])));
                        } catch (IOException | RuntimeException gone) {
                            // the thread ended between listing and reading
                        }
                    });
                } catch (IOException | RuntimeException gone) {
                    // the process ended between listing and reading
                }
            });
        }
        return uses;
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
