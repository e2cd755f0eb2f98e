package io.redress.triage.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command measures sets it has never seen, in the shapes public data sets come in. */
class LabelledSetTest {

    @Test
    void aCsvSetIsReadWithItsLabelsSpelledAsPublicSetsSpellThem() {
        List<Evaluation.Example> examples = LabelledSet.read(resource("tweets.csv"));
        assertEquals(5, examples.size());
        Evaluation.Example first = examples.get(0);
        assertEquals("en", first.language());
        assertEquals(Boolean.TRUE, first.complaint());
        assertEquals("negative", first.sentiment());
        assertEquals("x", first.channel(), "a public post unless the set says otherwise");
        assertEquals("public", first.visibility());
        assertEquals(List.of("en", "en", "fr", "de"),
                examples.subList(0, 4).stream().map(Evaluation.Example::language).toList());
        assertEquals(List.of("positive", "negative", "neutral"),
                examples.subList(1, 4).stream().map(Evaluation.Example::sentiment).toList());
        assertEquals(Boolean.FALSE, examples.get(1).complaint());
        assertNull(examples.get(2).complaint(), "an empty cell is no label");
        assertNull(examples.get(4).language());
        assertTrue(examples.get(4).text().contains("\"frágil\""), "quoted quotes survive");
        assertNull(first.flags(), "a set without a flags column is not scored on flags");
    }

    @Test
    void aTsvSetCarriesFlagsAndAnEmptyFlagsCellMeansNone() {
        List<Evaluation.Example> examples = LabelledSet.read(resource("flags.tsv"));
        assertEquals(List.of("legal-threat"), examples.get(0).flags());
        assertEquals(List.of(), examples.get(1).flags());
        assertEquals("line-2", examples.get(0).id(), "named by its line when the set has no ids");
    }

    @Test
    void onlyTheLabelsASetHasAreScored() {
        List<Evaluation.Outcome> outcomes = Evaluation.run(LabelledSet.read(resource("tweets.csv")));
        var buffer = new ByteArrayOutputStream();
        Evaluation.print(outcomes, "tweets.csv", new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String report = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("Triage evaluation: 5 examples from tweets.csv"), report);
        assertTrue(report.matches("(?s).*== complainer type[^\n]*\nno example has this label.*"), report);
        assertTrue(report.matches("(?s).*== sentiment[^\n]*\nlabel +precision.*"), report);
        assertTrue(report.matches("(?s).*\n~es +1 +- .*"), "unlabelled language counted as detected: " + report);
    }

    @Test
    void aLabelNoSetUsesIsRefusedWithItsLineAndField(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("odd.csv");
        Files.writeString(set, "text,sentiment\nfine,positive\nmeh,sort of ok\n");
        var refused = assertThrows(IllegalArgumentException.class, () -> LabelledSet.read(set));
        assertTrue(refused.getMessage().contains("odd.csv:3: sentiment \"sort of ok\""), refused.getMessage());
        Files.writeString(set, "id,language\n7,Klingon\n");
        refused = assertThrows(IllegalArgumentException.class, () -> LabelledSet.read(set));
        assertTrue(refused.getMessage().contains("text is missing"), refused.getMessage());
    }

    @Test
    void languagesAreReadFromCodesAndNamesAsTheDetectorReportsThem() {
        assertEquals("nb", LabelledSet.language("no", "-"));
        assertEquals("tl", LabelledSet.language("fil", "-"));
        assertEquals("zh", LabelledSet.language("zh-TW", "-"));
        assertEquals("lv", LabelledSet.language("latvian", "-"));
        assertEquals("bn", LabelledSet.language("ben", "-"), "639-3 read as 639-1");
        assertEquals("my", LabelledSet.language("my", "-"), "a language the detector lacks is kept, to be missed");
        assertThrows(IllegalArgumentException.class, () -> LabelledSet.language("Klingon!", "-"));
    }

    private static Path resource(String name) {
        try {
            return Path.of(LabelledSetTest.class.getClassLoader().getResource("eval/external/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
