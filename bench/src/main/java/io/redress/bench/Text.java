package io.redress.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Plain aligned output, meant to be pasted into docs as-is. Locale-neutral numbers (dot decimal separator). */
final class Text {

    private static final int LABEL_WIDTH = 34;
    private static final PrintStream OUT = System.out;

    private Text() {
    }

    static void section(String title) {
        OUT.println();
        OUT.println("== " + title + " " + "=".repeat(Math.max(3, 72 - title.length())));
    }

    static void row(String label, String value) {
        OUT.printf(Locale.ROOT, "  %-" + LABEL_WIDTH + "s %s%n", label, value);
    }

    static void note(String text) {
        OUT.println("  " + text);
    }

    static void blank() {
        OUT.println();
    }

    /** One decimal below 100, none above: latencies and rates stay readable in a column. */
    static String decimal(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) < 100
                ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.0f", value);
    }

    /** Rates always keep one decimal, so 199.6/s never reads as an on-target 200/s. */
    static String rate(double perSecond) {
        return oneDecimal(perSecond) + "/s";
    }

    static String oneDecimal(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String mib(long kib) {
        return String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
