package io.redress.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;

/** Command-line options. Parsing errors surface as {@link BenchException} with a one-line message. */
public record Options(
        URI intake,
        String bootstrap,
        int burst,
        int concurrency,
        int rate,
        int durationSeconds,
        int drainTimeoutSeconds,
        boolean skipBurst,
        boolean skipSteady,
        Path json,
        boolean help) {

    public static final String USAGE = """
            Usage: java -cp "bench/target/classes:bench/target/lib/*" io.redress.bench.Bench [options]

              --intake URL           intake base URL                      (default http://127.0.0.1:8081)
              --bootstrap HOST:PORT  Kafka bootstrap servers              (default 127.0.0.1:9092)
              --burst N              complaints posted in the burst phase (default 20000)
              --concurrency C        requests in flight during the burst  (default 64)
              --rate R               steady send rate, complaints/s       (default 200)
              --duration S           steady phase length, seconds         (default 60)
              --drain-timeout S      max wait for the burst backlog to drain before steady (default 180)
              --skip-burst           do not run the burst phase
              --skip-steady          do not run the steady (end-to-end) phase
              --json FILE            also write the figures as JSON to FILE
              --help                 this text

            Pid files are read from -Dredress.pids=DIR (default .redress/pids relative to the working directory).
            Complaints are posted with the bearer token in -Dredress.token (./redress bench passes an integration token).
            Only loopback addresses are accepted: this tool generates load and must point at a local stack.
            """;

    public static Options parse(String[] args) {
        URI intake = URI.create("http://127.0.0.1:8081");
        String bootstrap = "127.0.0.1:9092";
        int burst = 20_000;
        int concurrency = 64;
        int rate = 200;
        int duration = 60;
        int drainTimeout = 180;
        boolean skipBurst = false;
        boolean skipSteady = false;
        Path json = null;
        boolean help = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--intake" -> intake = parseUri(value(args, ++i, arg));
                case "--bootstrap" -> bootstrap = value(args, ++i, arg);
                case "--burst" -> burst = positive(value(args, ++i, arg), arg, "");
                case "--concurrency" -> concurrency = positive(value(args, ++i, arg), arg, "");
                case "--rate" -> rate = positive(value(args, ++i, arg), arg, "/s");
                case "--duration" -> duration = positive(value(args, ++i, arg), arg, "s");
                case "--drain-timeout" -> drainTimeout = positive(value(args, ++i, arg), arg, "s");
                case "--skip-burst" -> skipBurst = true;
                case "--skip-steady" -> skipSteady = true;
                case "--json" -> json = Path.of(value(args, ++i, arg));
                case "--help", "-h" -> help = true;
                default -> throw new BenchException("unknown option '" + arg + "' (see --help)");
            }
        }
        requireLoopback(intake.getHost(), "--intake");
        for (String server : bootstrap.split(",")) {
            requireLoopback(hostOf(server.trim()), "--bootstrap");
        }
        return new Options(intake, bootstrap, burst, concurrency, rate, duration, drainTimeout,
                skipBurst, skipSteady, json, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new BenchException(option + " needs a value (see --help)");
        }
        return args[i];
    }

    /** Accepts "200", "200/s" or "60s" so the documented spellings all work. */
    private static int positive(String raw, String option, String unit) {
        String digits = raw.toLowerCase(Locale.ROOT).strip();
        if (!unit.isEmpty() && digits.endsWith(unit)) {
            digits = digits.substring(0, digits.length() - unit.length());
        }
        try {
            int n = Integer.parseInt(digits);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new BenchException(option + " expects a positive whole number, got '" + raw + "'");
    }

    private static URI parseUri(String raw) {
        String trimmed = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        try {
            URI uri = URI.create(trimmed);
            if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BenchException("--intake expects an http URL such as http://127.0.0.1:8081, got '" + raw + "'");
        }
    }

    private static String hostOf(String hostPort) {
        if (hostPort.startsWith("[")) { // [::1]:9092
            int end = hostPort.indexOf(']');
            return end > 0 ? hostPort.substring(1, end) : hostPort;
        }
        int colon = hostPort.lastIndexOf(':');
        return colon > 0 ? hostPort.substring(0, colon) : hostPort;
    }

    // Load goes only where the operator pointed it, and only to this machine.
    private static void requireLoopback(String host, String option) {
        try {
            if (host != null && InetAddress.getByName(host).isLoopbackAddress()) {
                return;
            }
        } catch (UnknownHostException e) {
            throw new BenchException(option + ": cannot resolve host '" + host + "'");
        }
        throw new BenchException(option + ": '" + host + "' is not a loopback address; the bench only targets a local stack");
    }
}
