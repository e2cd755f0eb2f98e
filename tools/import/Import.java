import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./redress import FILE}: sends a JSON Lines or CSV file of past complaints to intake's {@code POST /imports}
 * in chunks, with a progress bar, a summary with every rejected line, and a resume point kept after each chunk so an
 * interrupted import carries on where it stopped. Run with the JDK's source launcher; it needs nothing else.
 * Usage: java Import.java FILE INTAKE_URL STATE_DIR, with the bearer token in REDRESS_TOKEN.
 */
public final class Import {

    private static final int CHUNK = 500;
    private static final Pattern COUNTS = Pattern.compile("\"imported\"\\s*:\\s*(\\d+).*?\"duplicates\"\\s*:\\s*(\\d+)", Pattern.DOTALL);
    private static final Pattern REJECTION = Pattern.compile(
            "\\{\\s*\"line\"\\s*:\\s*(\\d+)\\s*,\\s*\"field\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|null)\\s*,\\s*\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One record of the file and the file line each of its physical lines came from. */
    private record Item(String text, int firstLine) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            fail("usage: java Import.java FILE INTAKE_URL STATE_DIR (token in REDRESS_TOKEN)");
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            fail("no such file: " + file);
        }
        String name = file.getFileName().toString().toLowerCase();
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
            fail("the file must end in .jsonl, .ndjson or .csv");
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<Item> items = csv ? csvRecords(content) : jsonLines(content);
        String header = csv && !items.isEmpty() ? items.remove(0).text() : null;

        Path state = Files.createDirectories(Path.of(args[2])).resolve(file.getFileName() + "." + digest(content) + ".next");
        int resumeLine = Files.exists(state) ? Integer.parseInt(Files.readString(state).trim()) : 1;
        int start = 0;
        while (start < items.size() && items.get(start).firstLine() < resumeLine) {
            start++;
        }
        if (start > 0) {
            System.err.printf("Resuming at line %d (%d of %d records were sent before)%n", resumeLine, start, items.size());
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI endpoint = URI.create(args[1].replaceAll("/+$", "") + "/imports");
        String token = System.getenv().getOrDefault("REDRESS_TOKEN", "");
        int imported = 0;
        int duplicates = 0;
        List<String> rejected = new ArrayList<>();
        for (int from = start; from < items.size(); from += CHUNK) {
            List<Item> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            List<Integer> fileLineOf = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            if (header != null) {
                body.append(header).append('\n');
                fileLineOf.add(1);
            }
            for (Item item : chunk) {
                String[] physical = item.text().split("\n", -1);
                for (int i = 0; i < physical.length; i++) {
                    fileLineOf.add(item.firstLine() + i);
                }
                body.append(item.text()).append('\n');
            }
            HttpResponse<String> response = send(http, endpoint, token, csv, body.toString());
            if (response.statusCode() != 200) {
                fail("intake answered " + response.statusCode() + " at line " + chunk.get(0).firstLine() + ": "
                        + response.body() + "\nNothing from this chunk on was imported; run the command again to resume.");
            }
            Matcher counts = COUNTS.matcher(response.body());
            if (!counts.find()) {
                fail("unexpected answer from intake: " + response.body());
            }
            imported += Integer.parseInt(counts.group(1));
            duplicates += Integer.parseInt(counts.group(2));
            Matcher rejection = REJECTION.matcher(response.body());
            while (rejection.find()) {
                int bodyLine = Integer.parseInt(rejection.group(1));
                int line = bodyLine >= 1 && bodyLine <= fileLineOf.size() ? fileLineOf.get(bodyLine - 1) : bodyLine;
                rejected.add("line " + line + (rejection.group(2) == null ? "" : " [" + rejection.group(2) + "]") + ": "
                        + rejection.group(3).replace("\\\"", "\""));
            }
            int done = from + chunk.size();
            Files.writeString(state, String.valueOf(done < items.size() ? items.get(done).firstLine() : Integer.MAX_VALUE));
            progress(done, items.size(), imported, duplicates, rejected.size());
        }
        System.err.println();
        Files.deleteIfExists(state);
        System.out.printf("Imported %d, duplicates %d, rejected %d (of %d records in %s)%n", imported, duplicates,
                rejected.size(), items.size() - start, file);
        rejected.forEach(line -> System.out.println("  rejected " + line));
        System.exit(rejected.isEmpty() ? 0 : 2);
    }

    private static HttpResponse<String> send(HttpClient http, URI endpoint, String token, boolean csv, String body)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Content-Type", csv ? "text/csv; charset=utf-8" : "application/x-ndjson")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            fail("cannot reach intake at " + endpoint + " (" + e + "); run the command again to resume.");
            return null;
        }
    }

    private static List<Item> jsonLines(String content) {
        List<Item> items = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                items.add(new Item(lines[i], i + 1));
            }
        }
        return items;
    }

    /** RFC 4180 records: a quoted field may hold line breaks, so a record may span several lines. */
    private static List<Item> csvRecords(String content) {
        List<Item> items = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int firstLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\r' && !quoted) {
                continue;
            }
            if (c == '\n') {
                line++;
                if (!quoted) {
                    if (!record.toString().isBlank()) {
                        items.add(new Item(record.toString(), firstLine));
                    }
                    record.setLength(0);
                    firstLine = line;
                    continue;
                }
            }
            record.append(c);
        }
        if (!record.toString().isBlank()) {
            items.add(new Item(record.toString(), firstLine));
        }
        return items;
    }

    private static void progress(int done, int total, int imported, int duplicates, int rejected) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        System.err.printf("\r[%s%s] %d/%d records  imported %d  duplicates %d  rejected %d", "#".repeat(filled),
                ".".repeat(width - filled), done, total, imported, duplicates, rejected);
    }

    private static String digest(String content) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 8);
    }

    private static void fail(String message) {
        System.err.println();
        System.err.println("import: " + message);
        System.exit(1);
    }
}
