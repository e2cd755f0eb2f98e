package io.redress.triage.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.Language;

/**
 * Hindi and Bengali typed in Latin letters, as much of India and Bangladesh writes on social media ("order abhi
 * tak nahi aaya", "amar order ekhono ashe nai"). Lingua's Hindi and Bengali models know their own scripts only,
 * so it names such a post English or another Latin-script language, and the post would be read without its
 * lexicon's phrases. Each language's everyday words as people spell them (resources
 * {@code languages/<code>-latn.txt}, no word in two lists) are rare in every other configured language: a post in
 * Latin letters with {@value #WORDS_NEEDED} different words of one list, and more of it than of the other, is in
 * that language.
 */
final class RomanisedLanguages {

    static final int WORDS_NEEDED = 3;
    private static final List<Language> ROMANISED = List.of(Language.HINDI, Language.BENGALI);
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A language told by its words (those found, in order), with a confidence rising with their number. */
    record Guess(Language language, double confidence, Set<String> words) {
    }

    private final Map<Language, Set<String>> words = new EnumMap<>(Language.class);

    /** Recognises only the configured languages among Hindi and Bengali. */
    RomanisedLanguages(Collection<Language> configured) {
        for (Language language : ROMANISED) {
            if (configured.contains(language)) {
                words.put(language, read("languages/" + language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT)
                        + "-latn.txt"));
            }
        }
    }

    /**
     * The language of a text in Latin letters only, when one list has {@value #WORDS_NEEDED} different words in it
     * and more than any other: confidence 0.6 at {@value #WORDS_NEEDED}, rising with each further word to 1 at
     * {@value #WORDS_NEEDED} + 2. A tie tells nothing.
     */
    Optional<Guess> guess(String latinText) {
        Map<Language, Set<String>> found = new EnumMap<>(Language.class);
        for (String word : WORD_BREAK.split(latinText.toLowerCase(Locale.ROOT))) {
            words.forEach((language, list) -> {
                if (list.contains(word)) {
                    found.computeIfAbsent(language, l -> new HashSet<>()).add(word);
                }
            });
        }
        List<Map.Entry<Language, Set<String>>> ranked = found.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Language, Set<String>> e) -> e.getValue().size()).reversed())
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue().size() < WORDS_NEEDED
                || ranked.size() > 1 && ranked.get(1).getValue().size() == ranked.get(0).getValue().size()) {
            return Optional.empty();
        }
        int count = ranked.get(0).getValue().size();
        return Optional.of(new Guess(ranked.get(0).getKey(), Math.min(1.0, count / (WORDS_NEEDED + 2.0)),
                new TreeSet<>(ranked.get(0).getValue())));
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = RomanisedLanguages.class.getClassLoader().getResourceAsStream(resource)) {
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
