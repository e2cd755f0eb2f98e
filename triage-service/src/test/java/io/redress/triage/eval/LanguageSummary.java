package io.redress.triage.eval;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accuracy per language for the labels that matter in every language: a set may be good on the whole and poor in
 * one language, and that language's customers are the ones who notice. Examples without a language label are
 * counted under the language detected, marked with {@code ~}.
 */
final class LanguageSummary {

    /** Right and labelled counts of one label in one language. */
    private static final class Score {
        private int right;
        private int labelled;

        void add(boolean correct) {
            labelled++;
            right += correct ? 1 : 0;
        }

        String show() {
            return labelled == 0 ? "-" : String.format("%.3f", (double) right / labelled);
        }
    }

    /** One language's row. */
    private static final class Row {
        private int examples;
        private final Score language = new Score();
        private final Score complaint = new Score();
        private final Score sentiment = new Score();
    }

    private final Map<String, Row> rows = new TreeMap<>();

    void add(Evaluation.Outcome outcome) {
        Evaluation.Example e = outcome.example();
        Row row = rows.computeIfAbsent(e.language() != null ? e.language() : "~" + outcome.language(), k -> new Row());
        row.examples++;
        if (e.language() != null) {
            row.language.add(e.language().equals(outcome.language()));
        }
        if (e.complaint() != null) {
            row.complaint.add(e.complaint() == outcome.complaint(0.5));
        }
        if (e.sentiment() != null) {
            row.sentiment.add(e.sentiment().equals(outcome.polarity()));
        }
    }

    void print(PrintStream out) {
        out.printf("%n== by language (accuracy; - where no example has the label)%n%-9s %8s %9s %10s %10s%n",
                "language", "examples", "language", "complaint", "sentiment");
        rows.forEach((language, row) -> out.printf("%-9s %8d %9s %10s %10s%n", language, row.examples,
                row.language.show(), row.complaint.show(), row.sentiment.show()));
    }
}
