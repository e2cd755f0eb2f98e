package io.redress.triage.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evaluation runs over the whole labelled set and gets the examples that matter most right. */
class EvaluationTest {

    private static List<Evaluation.Outcome> outcomes;

    @BeforeAll
    static void runTheEvaluation() {
        outcomes = Evaluation.run(Evaluation.load());
    }

    @Test
    void theSetHasAtLeast300ExamplesInAtLeastEightLanguagesIncludingBengaliMalayAndLatvian() {
        Set<String> languages = outcomes.stream().map(o -> o.example().language()).collect(Collectors.toSet());
        assertTrue(outcomes.size() >= 300, "examples: " + outcomes.size());
        assertTrue(languages.size() >= 8 && languages.containsAll(Set.of("bn", "ms", "lv")), languages.toString());
        Map<Boolean, Long> split = outcomes.stream()
                .collect(Collectors.partitioningBy(o -> o.example().complaint(), Collectors.counting()));
        assertTrue(split.get(true) > 0 && split.get(false) > 0, "complaints and non-complaints: " + split);
    }

    @Test
    void theReportHasPrecisionRecallF1AndAConfusionMatrixForEveryLabelGroup() {
        var buffer = new ByteArrayOutputStream();
        Evaluation.print(outcomes, "the shipped set", new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String report = buffer.toString(StandardCharsets.UTF_8);
        for (String section : List.of("== language", "== complaint", "== sentiment", "== complainer type",
                "== category", "== flags", "== by language")) {
            assertTrue(report.contains(section), section);
        }
        assertTrue(report.contains("precision") && report.contains("recall") && report.contains("F1"));
        assertTrue(report.contains("confusion (rows expected, columns predicted)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en-011 | P1 | threat
            en-026 | P1 | self-harm
            bn-022 | P1 | self-harm
            lv-010 | P2 | legal-threat
            ms-010 | P2 | legal-threat
            """)
    void threatsAndSelfHarmAreP1AndLegalThreatsP2(String id, String priority, String flag) {
        Evaluation.Outcome outcome = outcome(id);
        assertEquals(priority, outcome.decision().priority());
        assertTrue(outcome.decision().flags().contains(flag), outcome.decision().flags().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bn-001 | bn | delivery       | constructive
            ms-002 | ms | billing        | constructive
            lv-004 | lv | account-access | constructive
            en-007 | en | delivery       | aggressive
            de-014 | de | delivery       | passive
            """)
    void keyComplaintsGetLanguageCategoryAndComplainerTypeRight(String id, String language, String category,
            String type) {
        Evaluation.Outcome outcome = outcome(id);
        assertEquals(language, outcome.language());
        assertTrue(outcome.complaint(0.5), outcome.decision().reasons().toString());
        assertEquals(category, outcome.decision().category(), outcome.decision().reasons().toString());
        assertEquals(type, outcome.decision().complainerType(), outcome.decision().reasons().toString());
    }

    @ParameterizedTest
    @CsvSource({ "en-028", "bn-026", "ms-026", "lv-026" })
    void praiseIsNotAComplaint(String id) {
        Evaluation.Outcome outcome = outcome(id);
        assertTrue(!outcome.complaint(0.5), outcome.decision().reasons().toString());
        assertEquals("P4", outcome.decision().priority());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en-028 | positive
            en-030 | neutral
            en-002 | negative
            bn-026 | positive
            lv-004 | negative
            ms-002 | negative
            """)
    void sentimentReadsPraiseQuestionsAndCalmProblemReports(String id, String polarity) {
        Evaluation.Outcome outcome = outcome(id);
        assertEquals(outcome.example().sentiment(), polarity, "the example's own label");
        assertEquals(polarity, outcome.polarity(), outcome.decision().reasons().toString());
    }

    private static Evaluation.Outcome outcome(String id) {
        return outcomes.stream().filter(o -> o.example().id().equals(id)).findFirst().orElseThrow();
    }
}
