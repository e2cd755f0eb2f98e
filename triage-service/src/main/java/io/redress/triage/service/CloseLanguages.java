package io.redress.triage.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;

/**
 * Tells apart languages so close that Lingua's trigram models take one for the other, Malay and Indonesian above
 * all: on a short post they share nearly every trigram, so Lingua's choice between them is close to a coin toss.
 * Russian and Bulgarian (a short Russian post in capitals) and Latin-script Serbian and Croatian are the other
 * pairs. Each language has words the other does not use (resources {@code languages/<pair>.txt}); when Lingua
 * names one of a pair and the text holds more words of the other, the other it is.
 */
final class CloseLanguages {

    private static final List<String> PAIRS = List.of("ms-id", "ru-bg", "sr-hr");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}-]+");

    /** For a language of a pair: its own words, its sister, and the sister's words. */
    private record Sister(Set<String> ownWords, Language sister, Set<String> sisterWords) {
    }

    private final Map<Language, Sister> sisters = new EnumMap<>(Language.class);

    /** The shipped pairs whose two languages are both among these. */
    CloseLanguages(Collection<Language> configured) {
        for (String pair : PAIRS) {
            Map<Language, Set<String>> words = read("languages/" + pair + ".txt");
            if (words.size() != 2) {
                throw new IllegalStateException(pair + ": words of exactly two languages expected");
            }
            List<Language> both = List.copyOf(words.keySet());
            Set<String> shared = new HashSet<>(words.get(both.get(0)));
            shared.retainAll(words.get(both.get(1)));
            if (!shared.isEmpty()) {
                throw new IllegalStateException(pair + ": words listed for both languages: " + shared);
            }
            if (configured.containsAll(both)) {
                Language one = both.get(0);
                Language other = both.get(1);
                sisters.put(one, new Sister(words.get(one), other, words.get(other)));
                sisters.put(other, new Sister(words.get(other), one, words.get(one)));
            }
        }
    }

    /** Lingua's choice, or its sister when the text holds more of the sister's words than of its own. */
    Language settle(Language chosen, String text) {
        Sister sister = sisters.get(chosen);
        if (sister == null) {
            return chosen;
        }
        int own = 0;
        int theirs = 0;
        for (String word : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            if (sister.ownWords().contains(word)) {
                own++;
            } else if (sister.sisterWords().contains(word)) {
                theirs++;
            }
        }
        return theirs > own ? sister.sister() : chosen;
    }

    private static Map<Language, Set<String>> read(String resource) {
        Map<Language, Set<String>> words = new EnumMap<>(Language.class);
        try (InputStream in = CloseLanguages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                Language language = Language.getByIsoCode639_1(
                        IsoCode639_1.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT)));
                Set<String> own = words.computeIfAbsent(language, l -> new HashSet<>());
                for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                    own.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
