package io.redress.triage.service;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.pemistahl.lingua.api.Language;

/**
 * Scripts that only one configured language is written in (with the default languages: Bengali, Devanagari,
 * Greek, Hangul, Hebrew, Tamil, Telugu, Thai). A text in such a script is in that language, as Lingua's rules
 * conclude too, but only after checking every word against every language's alphabet. Chinese characters and
 * the Japanese syllabaries are left to Lingua, since Japanese writes Chinese characters too and Lingua tells the
 * two apart by rules of its own; so are scripts several languages share (Cyrillic, Arabic, Latin).
 */
final class SoleScripts {

    private static final Set<Character.UnicodeScript> LEFT_TO_LINGUA = EnumSet.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);

    private final Map<Character.UnicodeScript, Language> writer = new EnumMap<>(Character.UnicodeScript.class);

    /** From the script each configured language is written in. */
    SoleScripts(Map<Language, Character.UnicodeScript> scripts) {
        Map<Character.UnicodeScript, List<Language>> writers = scripts.entrySet().stream().collect(Collectors
                .groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        writers.forEach((script, languages) -> {
            if (languages.size() == 1 && !LEFT_TO_LINGUA.contains(script)) {
                writer.put(script, languages.get(0));
            }
        });
    }

    /**
     * The language of a text whose letters outside the Latin script are all in one such script and outnumber its
     * Latin letters (a brand or a word of English in a Bengali post leaves it Bengali).
     */
    Optional<Language> of(String text) {
        Character.UnicodeScript only = null;
        int theirs = 0;
        int latin = 0;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (only == null || only == script) {
                only = script;
                theirs++;
            } else {
                return Optional.empty();
            }
        }
        return only == null || theirs <= latin ? Optional.empty() : Optional.ofNullable(writer.get(only));
    }
}
