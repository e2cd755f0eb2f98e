package io.redress.triage.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.Language;

/**
 * Hindi typed in Latin letters, as much of India writes on social media ("order abhi tak nahi aaya"). Lingua's
 * Hindi model knows Devanagari only, so it names such a post English or another Latin-script language, and the
 * post would be read without the Hindi lexicon's phrases. Hindi's everyday words as people spell them (resource
 * {@code languages/hi-latn.txt}) are rare in every other configured language: a post in Latin letters with
 * {@value #WORDS_NEEDED} different ones is Hindi.
 */
final class RomanisedHindi {

    static final int WORDS_NEEDED = 3;
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> words;

    /** Recognises nothing when Hindi is not among the configured languages. */
    RomanisedHindi(Collection<Language> configured) {
        words = configured.contains(Language.HINDI) ? read("languages/hi-latn.txt") : Set.of();
    }

    /**
     * The confidence that a text in Latin letters only is Hindi: 0 below {@value #WORDS_NEEDED} different Hindi
     * words, then rising with each further one to 1 at {@value #WORDS_NEEDED} + 2.
     */
    double confidence(String latinText) {
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> found = new HashSet<>();
        for (String word : WORD_BREAK.split(latinText.toLowerCase(Locale.ROOT))) {
            if (words.contains(word)) {
                found.add(word);
            }
        }
        return found.size() < WORDS_NEEDED ? 0 : Math.min(1.0, found.size() / (WORDS_NEEDED + 2.0));
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = RomanisedHindi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    for (String word : line.split("\\s+")) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
