package io.redress.triage.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cue words of one language, read from {@code lexicons/<language>.txt}: lines {@code <cue>: word, phrase, prefix*}
 * ({@link Cue} names the cues) and {@code option: negation-follows} for languages that negate after the verb
 * (Bengali, Hindi).
 */
public final class Lexicon {

    private final String language;
    private final PhraseMatcher<Cue> phrases = new PhraseMatcher<>();
    private final Set<String> notEnglish = new HashSet<>();
    private boolean negationFollows;

    private Lexicon(String language) {
        this.language = language;
    }

    public static Lexicon load(String language, InputStream in) {
        var lexicon = new Lexicon(language);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null;) {
                lineNumber++;
                lexicon.read(line.strip(), lineNumber);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    private void read(String line, int lineNumber) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("lexicon " + language + " line " + lineNumber + ": no ':'");
        }
        String key = line.substring(0, colon).strip();
        List<String> entries = List.of(line.substring(colon + 1).split(","));
        if (key.equals("option")) {
            negationFollows |= entries.stream().anyMatch(e -> e.strip().equals("negation-follows"));
            return;
        }
        Cue cue = Cue.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                "lexicon " + language + " line " + lineNumber + ": unknown cue '" + key + "'"));
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            if (cue == Cue.NOT_ENGLISH) {
                notEnglish.add(Normaliser.fold(entry.strip()));
            } else {
                phrases.add(entry, cue);
            }
        }
    }

    public String language() {
        return language;
    }

    public List<PhraseMatcher.Match<Cue>> find(List<String> words, String folded) {
        return phrases.find(words, folded);
    }

    public boolean negationFollows() {
        return negationFollows;
    }

    /** True if the word is one of this language's false friends of English cue words. */
    public boolean isNotEnglish(String word) {
        return notEnglish.contains(word);
    }
}
