package io.redress.triage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.analysis.Lexicon;
import io.redress.triage.service.DefaultLanguages;

/**
 * The per-language files shipped as resources are read only for configured languages, and a wrong line in one
 * surfaces only when a service seeds its rules: these checks find both at build time.
 */
class ShippedLanguageFilesTest {

    private static final List<String> LANGUAGES = DefaultLanguages.all();

    @Test
    void everyLexiconAndKeywordFileIsForALanguageTriageTellsApart() throws Exception {
        Set<String> shipped = new TreeSet<>(languagesWithFiles("lexicons"));
        shipped.remove("common");
        shipped.addAll(languagesWithFiles("rules/keywords"));
        Set<String> unread = shipped.stream().filter(l -> !LANGUAGES.contains(l)).collect(Collectors.toSet());
        assertEquals(Set.of(), unread, "files for languages not in TriageConfig.languages are never read");
    }

    @Test
    void everyLexiconLoadsWithKnownCuesOnly() throws Exception {
        for (String language : languagesWithFiles("lexicons")) {
            try (InputStream in = resource("lexicons/" + language + ".txt")) {
                assertEquals(language, Lexicon.load(language, in).language());
            }
        }
    }

    @Test
    void theDefaultRulesOfEveryLanguageAreValid() {
        RuleSet defaults = DefaultRules.load(LANGUAGES, new ObjectMapper());
        assertEquals(List.of(), RuleValidator.ruleSet(defaults));
        Set<String> withKeywords = defaults.keywords().stream().map(RuleSet.KeywordRule::language)
                .collect(Collectors.toSet());
        assertTrue(withKeywords.containsAll(List.of("en", "bn", "ms", "lv")), withKeywords.toString());
    }

    private static List<String> languagesWithFiles(String folder) throws IOException, URISyntaxException {
        Path directory = Path.of(ShippedLanguageFilesTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).sorted().toList();
        }
    }

    private static InputStream resource(String path) {
        return ShippedLanguageFilesTest.class.getClassLoader().getResourceAsStream(path);
    }
}
