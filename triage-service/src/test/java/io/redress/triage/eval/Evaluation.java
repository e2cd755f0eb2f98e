package io.redress.triage.eval;

import java.io.PrintStream;
import java.nio.file.Path;
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
 * rules, over a labelled set and prints precision, recall and F1 per label with confusion matrices, then a summary
 * per language. Run it with {@code ./mvnw -B -q -pl triage-service -am -Peval process-test-classes} for the set
 * shipped in {@code eval/complaints.jsonl}; {@code -Dexec.args="--file /path/set.csv"} measures any other set
 * ({@link LabelledSet}), {@code --misses} lists every miss with its reasons, {@code --speed} times the analysis path.
 */
public final class Evaluation {

    /**
     * One example. Only the text is required: a label left out (null) is not scored. {@code sentiment} is the
     * writer's feeling, negative, neutral or positive.
     */
    public record Example(String id, String language, String channel, String visibility, String text,
            Boolean complaint, String sentiment, String complainerType, String category, List<String> flags) {
    }

    /** What triage said about one example. */
    public record Outcome(Example example, String language, Decision decision) {

        public boolean complaint(double threshold) {
            return decision.complaintScore() >= threshold;
        }

        /** The sentiment score read as a label: within the neutral band around 0, the writer shows no feeling. */
        public String polarity() {
            double sentiment = decision.sentiment();
            return sentiment <= -NEUTRAL_BAND ? "negative" : sentiment >= NEUTRAL_BAND ? "positive" : "neutral";
        }
    }

    static final double NEUTRAL_BAND = 0.1;
    static final List<String> LANGUAGES = DefaultLanguages.all();

    private Evaluation() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        int file = options.indexOf("--file");
        if (file >= 0 && file + 1 >= options.size()) {
            throw new IllegalArgumentException("--file needs the path of a labelled set (.jsonl, .csv or .tsv)");
        }
        String source = file >= 0 ? options.get(file + 1) : LabelledSet.SHIPPED;
        List<Example> examples = file >= 0 ? LabelledSet.read(Path.of(source)) : LabelledSet.shipped();
        if (options.contains("--speed")) {
            // Alone in a fresh JVM, so the heap the models take is measured from nothing.
            AnalysisSpeed.measure(examples, System.out);
            return;
        }
        List<Outcome> outcomes = run(examples);
        print(outcomes, source, System.out);
        if (options.contains("--misses")) {
            printMisses(outcomes, System.out);
        }
    }

    public static List<Example> load() {
        return LabelledSet.shipped();
    }

    /** Each example triage got wrong on a label it has, with its reasons: what to read before changing a rule. */
    static void printMisses(List<Outcome> outcomes, PrintStream out) {
        out.printf("%n== misses%n");
        for (Outcome o : outcomes) {
            Example e = o.example();
            Decision d = o.decision();
            boolean complaint = e.complaint() == null ? o.complaint(0.5) : e.complaint();
            boolean wrong = e.language() != null && !e.language().equals(o.language())
                    || e.complaint() != null && e.complaint() != o.complaint(0.5)
                    || e.sentiment() != null && !e.sentiment().equals(o.polarity())
                    || e.flags() != null && !new TreeSet<>(e.flags()).equals(flagsOf(d))
                    || complaint && e.complainerType() != null && !e.complainerType().equals(d.complainerType())
                    || complaint && e.category() != null && !e.category().equals(d.category());
            if (wrong) {
                out.printf("%s expected %s/%s/%s/%s/%s%s got %s/%.2f/%s/%s/%s%s: %s%n  %s%n", e.id(), e.language(),
                        e.complaint() == null ? "?" : e.complaint() ? "complaint" : "not", e.sentiment(),
                        e.complainerType(), e.category(), e.flags(), o.language(), d.complaintScore(), o.polarity(),
                        d.complainerType(), d.category(), flagsOf(d), e.text(), d.reasons());
            }
        }
    }

    private static Set<String> flagsOf(Decision decision) {
        Set<String> flags = new TreeSet<>(decision.flags());
        flags.remove("public-reach");
        return flags;
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

    public static void print(List<Outcome> outcomes, String source, PrintStream out) {
        out.printf("Triage evaluation: %d examples from %s%n", outcomes.size(), source);
        var language = new Confusion("language");
        var complaint = new Confusion("complaint");
        var sentiment = new Confusion("sentiment (score within ±" + NEUTRAL_BAND + " is neutral)");
        var type = new Confusion("complainer type (complaints only)");
        var category = new Confusion("category (complaints only)");
        var flags = new Confusion("flags (one row per flag)");
        var byLanguage = new LanguageSummary();
        for (Outcome o : outcomes) {
            Example e = o.example();
            Decision d = o.decision();
            String complaintLabel = o.complaint(0.5) ? "complaint" : "not";
            if (e.language() != null) {
                language.add(e.language(), o.language());
            }
            if (e.complaint() != null) {
                complaint.add(e.complaint() ? "complaint" : "not", complaintLabel);
            }
            if (e.sentiment() != null) {
                sentiment.add(e.sentiment(), o.polarity());
            }
            if (!Boolean.FALSE.equals(e.complaint()) && e.complainerType() != null) {
                type.add(e.complainerType(), d.complainerType());
            }
            if (!Boolean.FALSE.equals(e.complaint()) && e.category() != null) {
                category.add(e.category(), d.category());
            }
            if (e.flags() != null) {
                Set<String> all = new TreeSet<>(e.flags());
                all.addAll(d.flags());
                all.remove("public-reach");
                for (String flag : all) {
                    flags.add(e.flags().contains(flag) ? flag : "-", d.flags().contains(flag) ? flag : "-");
                }
            }
            byLanguage.add(o);
        }
        for (Confusion confusion : List.of(language, complaint, sentiment, type, category, flags)) {
            confusion.print(out);
        }
        byLanguage.print(out);
    }
}
