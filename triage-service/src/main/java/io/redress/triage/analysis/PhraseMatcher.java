package io.redress.triage.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;

/**
 * Finds lexicon phrases in a text's words with hash look-ups only: no regular expression per word. A phrase is
 * one or more folded words; a last word ending in {@code *} matches any word starting with it (for languages
 * that glue endings onto words, like Bengali or Latvian). At each position the longest phrase wins, so
 * "no problem" is praise before "problem" is a complaint. Scripts written without spaces (Chinese, Japanese,
 * Thai) are matched as substrings of the folded text instead.
 *
 * @param <T> what a phrase stands for, e.g. a cue or a category
 */
public final class PhraseMatcher<T> {

    /** One phrase found in a text: words [start, end) stand for {@code value}. */
    public record Match<T>(int start, int end, String text, T value) {
    }

    private record Phrase<T>(String[] words, boolean prefix, T value) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    /**
     * One-word prefixes by {@link String#hashCode()}, which the Java API defines as a polynomial over the
     * characters: a word's prefixes are then looked up while walking it, without cutting a string for each length.
     */
    private final Int2ObjectOpenHashMap<List<Phrase<T>>> byPrefixHash = new Int2ObjectOpenHashMap<>();
    private int shortestPrefix = Integer.MAX_VALUE;
    private int longestPrefix;
    private final List<Phrase<T>> unspaced = new ArrayList<>();

    /** Adds a phrase as written in a lexicon or a rule; it is folded here. */
    public void add(String phrase, T value) {
        String source = phrase.strip();
        boolean prefix = source.endsWith("*");
        String folded = Normaliser.fold(prefix ? source.substring(0, source.length() - 1) : source);
        List<String> words = Normaliser.words(folded);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("phrase '" + phrase + "' has no words");
        }
        if (words.size() == 1 && isUnspacedScript(words.get(0))) {
            addOnce(unspaced, new Phrase<>(new String[] { words.get(0) }, false, value));
            return;
        }
        var entry = new Phrase<>(words.toArray(String[]::new), prefix, value);
        if (prefix && words.size() == 1) {
            String stem = words.get(0);
            addOnce(byPrefixHash.computeIfAbsent(stem.hashCode(), k -> new ArrayList<>()), entry);
            shortestPrefix = Math.min(shortestPrefix, stem.length());
            longestPrefix = Math.max(longestPrefix, stem.length());
        } else {
            addOnce(byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()), entry);
        }
    }

    /** Two spellings that fold alike ("đơn hàng", "don hang") are one phrase: found twice, it would count twice. */
    private static <T> void addOnce(List<Phrase<T>> phrases, Phrase<T> entry) {
        boolean known = phrases.stream().anyMatch(p -> p.prefix() == entry.prefix()
                && p.value().equals(entry.value()) && Arrays.equals(p.words(), entry.words()));
        if (!known) {
            phrases.add(entry);
        }
    }

    /** Every phrase found in the words (longest first at each position) and, for unspaced scripts, in the text. */
    public List<Match<T>> find(List<String> words, String folded) {
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int longest = 0;
            // Nearly every word matches one phrase or none: a list only for the rare tie (this runs for every word
            // of every lexicon a text is read with).
            Phrase<T> best = null;
            List<Phrase<T>> tied = null;
            for (Phrase<T> candidate : candidates(words.get(i))) {
                int length = matchLength(candidate, words, i);
                if (length > longest) {
                    longest = length;
                    best = candidate;
                    tied = null;
                } else if (length == longest && length > 0) {
                    if (tied == null) {
                        tied = new ArrayList<>(2);
                    }
                    tied.add(candidate);
                }
            }
            if (longest == 0) {
                i++;
                continue;
            }
            String text = longest == 1 ? words.get(i) : String.join(" ", words.subList(i, i + longest));
            found.add(new Match<>(i, i + longest, text, best.value()));
            if (tied != null) {
                for (Phrase<T> phrase : tied) {
                    found.add(new Match<>(i, i + longest, text, phrase.value()));
                }
            }
            i += longest;
        }
        for (Phrase<T> phrase : unspaced) {
            if (folded.contains(phrase.words()[0])) {
                found.add(new Match<>(-1, -1, phrase.words()[0], phrase.value()));
            }
        }
        return found;
    }

    /** Phrases starting with this word, then those whose one-word prefix it starts with, shortest prefix first. */
    private List<Phrase<T>> candidates(String word) {
        List<Phrase<T>> exact = byFirstWord.getOrDefault(word, List.of());
        if (word.length() < shortestPrefix) {
            return exact;
        }
        List<Phrase<T>> all = null;
        int hash = 0;
        for (int length = 1; length <= Math.min(word.length(), longestPrefix); length++) {
            hash = 31 * hash + word.charAt(length - 1);
            List<Phrase<T>> sameHash = length < shortestPrefix ? null : byPrefixHash.get(hash);
            if (sameHash == null) {
                continue;
            }
            for (Phrase<T> phrase : sameHash) {
                // Equal hashes, not necessarily equal prefixes.
                String stem = phrase.words()[0];
                if (stem.length() == length && word.startsWith(stem)) {
                    if (all == null) {
                        all = new ArrayList<>(exact);
                    }
                    all.add(phrase);
                }
            }
        }
        return all == null ? exact : all;
    }

    private static <T> int matchLength(Phrase<T> phrase, List<String> words, int at) {
        String[] wanted = phrase.words();
        if (at + wanted.length > words.size()) {
            return 0;
        }
        for (int k = 0; k < wanted.length; k++) {
            boolean last = k == wanted.length - 1;
            String word = words.get(at + k);
            boolean ok = last && phrase.prefix() ? word.startsWith(wanted[k]) : word.equals(wanted[k]);
            if (!ok) {
                return 0;
            }
        }
        return wanted.length;
    }

    private static boolean isUnspacedScript(String word) {
        int c = word.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
