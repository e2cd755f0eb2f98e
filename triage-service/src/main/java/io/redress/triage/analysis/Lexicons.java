package io.redress.triage.analysis;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every language's lexicon, loaded once from the class path ({@code lexicons/<language>.txt}, plus
 * {@code lexicons/common.txt} for emoji, which mean the same in every language).
 */
public final class Lexicons {

    public static final String ENGLISH = "en";

    /**
     * Malay and Indonesian share most everyday complaint words and a detector often cannot tell them apart on
     * a short post, so a text in either is read with both lexicons.
     */
    private static final Map<String, String> CLOSE_LANGUAGE = Map.of("ms", "id", "id", "ms");

    private final Map<String, Lexicon> byLanguage;
    private final Lexicon common;

    private Lexicons(Map<String, Lexicon> byLanguage, Lexicon common) {
        this.byLanguage = byLanguage;
        this.common = common;
    }

    /** Loads the lexicons of the given languages that ship one; the others are read with English and emoji only. */
    public static Lexicons load(Collection<String> languages) {
        Map<String, Lexicon> loaded = new LinkedHashMap<>();
        for (String language : languages) {
            InputStream in = resource("lexicons/" + language + ".txt");
            if (in != null) {
                loaded.put(language, Lexicon.load(language, in));
            }
        }
        InputStream common = resource("lexicons/common.txt");
        if (common == null) {
            throw new IllegalStateException("lexicons/common.txt is not on the class path");
        }
        return new Lexicons(loaded, Lexicon.load("common", common));
    }

    /** A word of this language that looks like an English one but is not (Croatian "priče", stories, not prices). */
    public boolean notEnglish(String language, String word) {
        Lexicon own = byLanguage.get(language);
        return own != null && !ENGLISH.equals(language) && own.isNotEnglish(word);
    }

    private static InputStream resource(String path) {
        return Lexicons.class.getClassLoader().getResourceAsStream(path);
    }

    /**
     * The lexicons a text in this language is read with: its own, a close language's, English (posts mix in
     * English words everywhere), and emoji.
     */
    public List<Lexicon> forLanguage(String language) {
        List<Lexicon> lexicons = new ArrayList<>(4);
        addIfPresent(lexicons, language);
        addIfPresent(lexicons, CLOSE_LANGUAGE.get(language));
        if (!ENGLISH.equals(language)) {
            addIfPresent(lexicons, ENGLISH);
        }
        lexicons.add(common);
        return lexicons;
    }

    private void addIfPresent(List<Lexicon> lexicons, String language) {
        Lexicon lexicon = language == null ? null : byLanguage.get(language);
        if (lexicon != null) {
            lexicons.add(lexicon);
        }
    }
}
