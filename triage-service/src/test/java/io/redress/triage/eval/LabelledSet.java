package io.redress.triage.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.IsoCode639_3;
import com.github.pemistahl.lingua.api.Language;

/**
 * Reads a labelled set: the one shipped with triage, or any other in JSON Lines, CSV or TSV (with a header row),
 * so triage can be measured on data it has never seen. Only {@code text} is required; every label is optional and
 * an example is scored only on the labels it has. Public data sets spell labels in many ways, so common spellings
 * are accepted and anything else is refused with its line and field named.
 */
final class LabelledSet {

    static final String SHIPPED = "eval/complaints.jsonl";

    private static final Map<String, Boolean> COMPLAINT = Map.ofEntries(Map.entry("true", true),
            Map.entry("1", true), Map.entry("yes", true), Map.entry("complaint", true), Map.entry("false", false),
            Map.entry("0", false), Map.entry("no", false), Map.entry("not", false),
            Map.entry("not complaint", false), Map.entry("non-complaint", false), Map.entry("not_complaint", false));
    private static final Map<String, String> SENTIMENT = Map.ofEntries(Map.entry("negative", "negative"),
            Map.entry("neg", "negative"), Map.entry("-1", "negative"), Map.entry("neutral", "neutral"),
            Map.entry("neu", "neutral"), Map.entry("0", "neutral"), Map.entry("positive", "positive"),
            Map.entry("pos", "positive"), Map.entry("1", "positive"), Map.entry("+1", "positive"));

    private LabelledSet() {
    }

    static List<Evaluation.Example> shipped() {
        try (InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            return jsonLines(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A set from a file, its format told by its ending: {@code .jsonl}, {@code .csv} or {@code .tsv}. */
    static List<Evaluation.Example> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return jsonLines(in, file.toString());
            }
            if (name.endsWith(".csv") || name.endsWith(".tsv")) {
                return table(in, name.endsWith(".tsv") ? '\t' : ',', file.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(file + ": a labelled set ends in .jsonl, .ndjson, .csv or .tsv");
    }

    private static List<Evaluation.Example> jsonLines(Reader in, String source) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Evaluation.Example> examples = new ArrayList<>();
        var lines = new BufferedReader(in);
        int number = 0;
        for (String line; (line = lines.readLine()) != null;) {
            number++;
            if (!line.isBlank()) {
                examples.add(example(json.readTree(line), source + ":" + number, number));
            }
        }
        return examples;
    }

    private static List<Evaluation.Example> table(Reader in, char separator, String source) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        if (separator == '\t') {
            schema = schema.withoutQuoteChar();
        }
        List<Evaluation.Example> examples = new ArrayList<>();
        try (MappingIterator<JsonNode> rows = new CsvMapper().readerFor(JsonNode.class).with(schema).readValues(in)) {
            // The header is row 1, so the first example is on line 2.
            for (int number = 2; rows.hasNext(); number++) {
                examples.add(example(rows.next(), source + ":" + number, number));
            }
        }
        return examples;
    }

    private static Evaluation.Example example(JsonNode row, String where, int number) {
        String text = field(row, "text").orElseThrow(() -> new IllegalArgumentException(where + ": text is missing"));
        return new Evaluation.Example(field(row, "id").orElse("line-" + number),
                field(row, "language").map(code -> language(code, where)).orElse(null),
                field(row, "channel").orElse("x"), field(row, "visibility").orElse("public"), text,
                field(row, "complaint").map(value -> label(COMPLAINT, value, "complaint", where)).orElse(null),
                field(row, "sentiment").map(value -> label(SENTIMENT, value, "sentiment", where)).orElse(null),
                field(row, "complainerType").orElse(null), field(row, "category").orElse(null), flags(row));
    }

    private static Optional<String> field(JsonNode row, String name) {
        JsonNode value = row.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText().strip());
    }

    /** A JSON array, or in a table one cell with flags separated by {@code ;} or {@code |}. */
    private static List<String> flags(JsonNode row) {
        JsonNode value = row.get("flags");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> flags = new ArrayList<>();
            for (Iterator<JsonNode> it = value.elements(); it.hasNext();) {
                flags.add(it.next().asText());
            }
            return flags;
        }
        return Arrays.stream(value.asText().split("[;|]")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    private static <T> T label(Map<String, T> spellings, String value, String field, String where) {
        T label = spellings.get(value.toLowerCase(Locale.ROOT));
        if (label == null) {
            throw new IllegalArgumentException(where + ": " + field + " \"" + value + "\" is none of "
                    + spellings.keySet().stream().sorted().toList());
        }
        return label;
    }

    /**
     * An ISO 639-1 code as triage reports it, from a 639-1 or 639-3 code with or without a region ({@code pt-BR},
     * {@code zho}) or an English language name; Norwegian is reported as Bokmål and Filipino as Tagalog, as the
     * detector does.
     */
    static String language(String value, String where) {
        String code = value.strip().split("[-_]")[0].toUpperCase(Locale.ROOT);
        Language language = switch (code) {
            case "NO", "NOR", "NORWEGIAN" -> Language.BOKMAL;
            case "FIL", "FILIPINO" -> Language.TAGALOG;
            default -> byCode(code).orElse(null);
        };
        if (language != null) {
            return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        }
        // A language the detector does not know still counts: as one it can never get right.
        if (code.matches("[A-Z]{2,3}")) {
            return code.toLowerCase(Locale.ROOT);
        }
        throw new IllegalArgumentException(where + ": language \"" + value + "\" is no ISO 639 code or name");
    }

    private static Optional<Language> byCode(String code) {
        try {
            return Optional.of(switch (code.length()) {
                case 2 -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(code));
                case 3 -> Language.getByIsoCode639_3(IsoCode639_3.valueOf(code));
                default -> Language.valueOf(code);
            });
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
