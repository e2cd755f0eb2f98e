package io.redress.triage.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.analysis.Lexicons;
import io.redress.triage.analysis.TextAnalyser;
import io.redress.triage.decision.ComplaintFacts;
import io.redress.triage.decision.Decider;
import io.redress.triage.decision.Decision;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.DefaultRules;
import io.redress.triage.service.DefaultLanguages;
import io.redress.triage.service.LanguageDetector;

/**
 * The {@code eval} command: runs the service's own language detector and decider, under the shipped default
 * rules, over the labelled set in {@code eval/complaints.jsonl} and prints precision, recall and F1 per label
 * with confusion matrices. Run it with {@code ./mvnw -B -q -pl triage-service -am -Peval process-test-classes};
 * add {@code -Dexec.args=--misses} to list every miss with its reasons, {@code -Dexec.args=--speed} to time the
 * analysis path.
 */
public final class Evaluation {

    /** One labelled example, as written in the JSONL file. */
    public record Example(String id, String language, String channel, String visibility, String text,
            boolean complaint, String complainerType, String category, List<String> flags) {
    }

    /** What triage said about one example. */
    public record Outcome(Example example, String language, Decision decision) {

        public boolean complaint(double threshold) {
            return decision.complaintScore() >= threshold;
        }
    }

    public static final String DATA = "eval/complaints.jsonl";
    static final List<String> LANGUAGES = DefaultLanguages.all();

    private Evaluation() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--speed")) {
            // Alone in a fresh JVM, so the heap the models take is measured from nothing.
            AnalysisSpeed.measure(load(), System.out);
            return;
        }
        List<Outcome> outcomes = run(load());
        print(outcomes, System.out);
        if (List.of(args).contains("--misses")) {
            printMisses(outcomes, System.out);
        }
    }

    /** Each example triage got wrong, with its reasons: what to read before changing a lexicon or a rule. */
    static void printMisses(List<Outcome> outcomes, PrintStream out) {
        out.printf("%n== misses%n");
        for (Outcome o : outcomes) {
            Example e = o.example();
            Decision d = o.decision();
            boolean wrong = e.complaint() != o.complaint(0.5) || !new TreeSet<>(e.flags()).equals(flagsOf(d))
                    || e.complaint() && (!e.complainerType().equals(d.complainerType())
                            || !e.category().equals(d.category()));
            if (wrong) {
                out.printf("%s expected %s/%s/%s%s got %.2f/%s/%s%s: %s%n  %s%n", e.id(),
                        e.complaint() ? "complaint" : "not", e.complainerType(), e.category(), e.flags(),
                        d.complaintScore(), d.complainerType(), d.category(), flagsOf(d), e.text(), d.reasons());
            }
        }
    }

    private static Set<String> flagsOf(Decision decision) {
        Set<String> flags = new TreeSet<>(decision.flags());
        flags.remove("public-reach");
        return flags;
    }

    public static List<Example> load() {
        ObjectMapper json = new ObjectMapper();
        List<Example> examples = new ArrayList<>();
        try (InputStream in = Evaluation.class.getClassLoader().getResourceAsStream(DATA);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.isBlank()) {
                    examples.add(json.readValue(line, Example.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    public static List<Outcome> run(List<Example> examples) {
        var detector = new LanguageDetector(LANGUAGES);
        var decider = new Decider(new TextAnalyser(Lexicons.load(LANGUAGES)));
        var rules = new CompiledRules(1, DefaultRules.load(LANGUAGES, new ObjectMapper()));
        List<Outcome> outcomes = new ArrayList<>();
        for (Example example : examples) {
            LanguageDetector.Detected language = detector.detect(example.text());
            Decision decision = decider.decide(new ComplaintFacts(example.text(), example.channel(),
                    example.visibility(), 0, 0, null), language.language(), language.confidence(), rules);
            outcomes.add(new Outcome(example, language.language(), decision));
        }
        return outcomes;
    }

    public static void print(List<Outcome> outcomes, PrintStream out) {
        out.printf("Triage evaluation: %d labelled examples from %s%n", outcomes.size(), DATA);
        var language = new Confusion("language");
        var complaint = new Confusion("complaint");
        var type = new Confusion("complainer type (complaints only)");
        var category = new Confusion("category (complaints only)");
        var flags = new Confusion("flags (one row per flag)");
        for (Outcome o : outcomes) {
            Example e = o.example();
            Decision d = o.decision();
            language.add(e.language(), o.language());
            complaint.add(e.complaint() ? "complaint" : "not", o.complaint(0.5) ? "complaint" : "not");
            if (e.complaint()) {
                type.add(e.complainerType(), d.complainerType());
                category.add(e.category(), d.category());
            }
            Set<String> all = new TreeSet<>(e.flags());
            all.addAll(d.flags());
            all.remove("public-reach");
            for (String flag : all) {
                flags.add(e.flags().contains(flag) ? flag : "-", d.flags().contains(flag) ? flag : "-");
            }
        }
        for (Confusion confusion : List.of(language, complaint, type, category, flags)) {
            confusion.print(out);
        }
    }
}
