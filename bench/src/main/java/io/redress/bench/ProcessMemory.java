package io.redress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resident memory (VmRSS from /proc/PID/status) of the stack's processes, found through the pid files the dev
 * scripts write. Each pid counts together with its descendants, so a wrapper script or PostgreSQL's postmaster
 * is measured with the processes doing the work. Linux only; elsewhere everything reads "not found".
 */
final class ProcessMemory {

    /** One component of the stack. {@code rssKib} is null when it was not found. */
    public record ProcessRss(String name, List<Long> pids, Long rssKib, String note) {

        boolean found() {
            return rssKib != null;
        }
    }

    public record Snapshot(String label, List<ProcessRss> processes, long totalKib, int found) {

        Optional<ProcessRss> get(String name) {
            return processes.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    /** Component name → pid file. The three services are what the "≤ 256 MiB each" target is about. */
    static final List<String> SERVICES = List.of("intake", "triage", "followup");
    private static final Map<String, String> PID_FILES = Map.of(
            "intake", "intake-service.pid",
            "triage", "triage-service.pid",
            "followup", "followup-service.pid",
            "kafka", "kafka.pid",
            "postgres", "postgres.pid");
    private static final List<String> ORDER = List.of("intake", "triage", "followup", "kafka", "postgres");
    private static final Path PROC = Path.of("/proc");

    private final Path pidDir;

    ProcessMemory(Path pidDir) {
        this.pidDir = pidDir;
    }

    /** The pid directory: -Dredress.pids, else .redress/pids under the working directory. */
    static Path defaultPidDir() {
        return Path.of(System.getProperty("redress.pids", ".redress/pids")).toAbsolutePath().normalize();
    }

    Path pidDir() {
        return pidDir;
    }

    Snapshot measure(String label) {
        Map<Long, List<Long>> children = childrenByParent();
        List<ProcessRss> rows = new ArrayList<>();
        for (String name : ORDER) {
            rows.add(measureOne(name, children));
        }
        long total = rows.stream().filter(ProcessRss::found).mapToLong(ProcessRss::rssKib).sum();
        int found = (int) rows.stream().filter(ProcessRss::found).count();
        return new Snapshot(label, rows, total, found);
    }

    private ProcessRss measureOne(String name, Map<Long, List<Long>> children) {
        Path pidFile = pidDir.resolve(PID_FILES.get(name));
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            if (name.equals("postgres")) {
                return machinePostgres();
            }
            return new ProcessRss(name, List.of(), null, "no pid file " + pidFile.getFileName());
        }
        if (!Files.isDirectory(PROC.resolve(Long.toString(pid.get())))) {
            return new ProcessRss(name, List.of(pid.get()), null, "pid " + pid.get() + " is not running");
        }
        List<Long> tree = withDescendants(pid.get(), children);
        long rss = tree.stream().mapToLong(ProcessMemory::rssKib).sum();
        String note = tree.size() > 1 ? "pid " + pid.get() + " and " + (tree.size() - 1) + " child processes" : "pid " + pid.get();
        return new ProcessRss(name, tree, rss, note);
    }

    /**
     * PostgreSQL run by the machine rather than the dev scripts leaves no pid file: sum every process whose
     * command name is "postgres" (postmaster and backends alike). Their RSS each include the same shared buffers,
     * so the sum is of PSS, which counts a shared page once across the processes sharing it.
     */
    private ProcessRss machinePostgres() {
        List<Long> pids = allPids().stream().filter(pid -> "postgres".equals(read(PROC.resolve(pid + "/comm")).strip())).toList();
        if (pids.isEmpty()) {
            return new ProcessRss("postgres", List.of(), null, "no postgres.pid and no 'postgres' process found");
        }
        long pss = pids.stream().mapToLong(ProcessMemory::pssKib).sum();
        return new ProcessRss("postgres", pids, pss,
                "no postgres.pid: machine's own PostgreSQL, PSS sum of " + pids.size() + " 'postgres' processes");
    }

    private static Optional<Long> readPid(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // First token of the first line: also fits PostgreSQL's multi-line postmaster.pid.
        String content = read(file).strip();
        String first = content.isEmpty() ? "" : content.split("\\s+", 2)[0];
        try {
            return Optional.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** VmRSS in KiB; 0 for processes that vanished or have none (kernel threads). */
    static long rssKib(long pid) {
        for (String line : read(PROC.resolve(pid + "/status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                try {
                    return Long.parseLong(parts[0]); // the kernel always reports kB here
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** Proportional set size in KiB (shared pages divided among their sharers); 0 if unreadable. */
    static long pssKib(long pid) {
        for (String line : read(PROC.resolve(pid + "/smaps_rollup")).split("\n")) {
            if (line.startsWith("Pss:")) {
                try {
                    return Long.parseLong(line.substring("Pss:".length()).trim().split("\\s+")[0]);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static List<Long> withDescendants(long root, Map<Long, List<Long>> children) {
        List<Long> tree = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty() && tree.size() < 10_000) { // bounded even if /proc shifts under us
            long pid = todo.pop();
            tree.add(pid);
            todo.addAll(children.getOrDefault(pid, List.of()));
        }
        return tree;
    }

    /** One pass over /proc/PID/stat. The parent pid is the second field after the ')' closing the command name. */
    private static Map<Long, List<Long>> childrenByParent() {
        Map<Long, List<Long>> children = new HashMap<>();
        for (long pid : allPids()) {
            String stat = read(PROC.resolve(pid + "/stat"));
            int close = stat.lastIndexOf(')');
            if (close < 0) {
                continue;
            }
            String[] fields = stat.substring(close + 1).trim().split("\\s+");
            if (fields.length > 1) {
                try {
                    children.computeIfAbsent(Long.parseLong(fields[1]), k -> new ArrayList<>()).add(pid);
                } catch (NumberFormatException ignored) {
                    // malformed line: skip the process
                }
            }
        }
        return children;
    }

    private static List<Long> allPids() {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Processes come and go while we read; a vanished one simply reads as empty. */
    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    static void print(Snapshot s) {
        for (ProcessRss p : s.processes()) {
            String value = p.found() ? String.format(Locale.ROOT, "%8s   %s", Text.mib(p.rssKib()), p.note()) : String.format(Locale.ROOT, "%8s   %s", "-", p.note());
            Text.row(p.name(), value);
        }
        Text.row("total", String.format(Locale.ROOT, "%8s   %d of %d components found", Text.mib(s.totalKib()), s.found(), s.processes().size()));
    }
}
