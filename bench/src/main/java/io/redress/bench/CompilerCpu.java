package io.redress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time the measured instance's JIT compiler threads have used, from {@code /proc/PID/task/TID/stat} (Linux;
 * clock ticks taken as 100 a second, USER_HZ). On 2 shared cores C2 can still be compiling minutes after start,
 * taking a third of a core from the work being measured; the bench warms up until it stops.
 */
final class CompilerCpu {

    private static final double TICKS_PER_SECOND = 100;

    private final long pid;
    private long lastTicks;
    private long lastNanos;

    CompilerCpu(long pid) {
        this.pid = pid;
        lastTicks = ticks();
        lastNanos = System.nanoTime();
    }

    boolean available() {
        return pid > 0 && Files.isDirectory(Path.of("/proc/" + pid + "/task"));
    }

    /** Cores the compiler threads used on average since the previous call (or since this was made). */
    double coresSinceLast() {
        long ticks = ticks();
        long nanos = System.nanoTime();
        // A compiler thread the JVM retired takes its ticks along: never below zero.
        double cores = Math.max(0, ticks - lastTicks) / TICKS_PER_SECOND / ((nanos - lastNanos) / 1e9);
        lastTicks = ticks;
        lastNanos = nanos;
        return cores;
    }

    private long ticks() {
        if (pid <= 0) {
            return 0;
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return tasks.mapToLong(CompilerCpu::compilerTicks).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long compilerTicks(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.contains("CompilerThre")) {
                return 0;
            }
            // After the name: state is field 3 of the whole line, utime 14 and stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            // A thread that ended between listing and reading used no more.
            return 0;
        }
    }
}
