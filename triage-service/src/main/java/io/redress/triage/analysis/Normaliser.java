package io.redress.triage.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings text and lexicon entries to one form so they can be compared as plain strings: compatibility forms
 * (full-width letters), lower case, no accents or strokes on Latin, Greek and Cyrillic letters (people often
 * type Latvian, Portuguese or Vietnamese without them), Arabic without vowel marks, hamza or madda on its carrier
 * letters and without tatweel, with ة as ه and ى as ي (the spellings Arabic posts mix freely), and elongations cut
 * to two letters ("soooo" → "soo"). Marks that are letters in their own right (Bengali and Devanagari vowel signs)
 * stay.
 */
public final class Normaliser {

    private Normaliser() {
    }

    public static String fold(String text) {
        if (isAscii(text)) {
            return foldAscii(text);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript baseScript = Character.UnicodeScript.COMMON;
        int previous = -1;
        int run = 0;
        for (int i = 0; i < decomposed.length();) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK && isSafeToDrop(c, baseScript)) {
                continue;
            }
            if (c == TATWEEL) {
                continue;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                baseScript = Character.UnicodeScript.of(c);
                c = plainLetter(c);
            }
            run = c == previous ? run + 1 : 1;
            previous = c;
            if (run <= 2 || !Character.isLetter(c)) {
                out.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Stretches Arabic words for looks ("جميـــل"); it is no letter. */
    private static final int TATWEEL = 0x0640;

    /**
     * Letters people type as another: Latin letters whose stroke is part of the letter, so no decomposition
     * removes it (Vietnamese đ, Polish ł, Turkish dotless ı, Danish and Norwegian ø), typed as the plain letter like
     * any accent; Arabic tā' marbūṭa and alif maqṣūra, typed as hā' and yā' as often as not.
     */
    private static int plainLetter(int c) {
        return switch (c) {
            case 'đ' -> 'd';
            case 'ł' -> 'l';
            case 'ı' -> 'i';
            case 'ø' -> 'o';
            case 'ħ' -> 'h';
            case 'ة' -> 'ه';
            case 'ى' -> 'ي';
            default -> c;
        };
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same folding for plain ASCII, the most common text, without the two Unicode normalisations: ASCII has
     * no compatibility forms and no marks, so only lower case and elongations remain.
     */
    private static String foldAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char previous = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            run = c == previous ? run + 1 : 1;
            previous = c;
            if (run <= 2 || !(c >= 'a' && c <= 'z')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSafeToDrop(int mark, Character.UnicodeScript base) {
        return base == Character.UnicodeScript.LATIN || base == Character.UnicodeScript.GREEK
                || base == Character.UnicodeScript.CYRILLIC
                // Arabic vowel marks, madda, hamza above and below its carrier, superscript alif.
                || (mark >= 0x064B && mark <= 0x0655) || mark == 0x0670;
    }

    /** Stands between sentences in a word list, so no phrase or negation reaches across a full stop. */
    public static final String SENTENCE_END = ".";

    /**
     * Words of folded text: runs of letters, digits and combining marks; each emoji is a word of its own; the end
     * of a sentence is {@link #SENTENCE_END}. Everything else (spaces, punctuation, apostrophes) separates words.
     */
    public static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length();) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                word.appendCodePoint(c);
                continue;
            }
            if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (isEmoji(c)) {
                words.add(new String(Character.toChars(c)));
            } else if (endsSentence(c, folded, i) && !words.isEmpty()
                    && !words.get(words.size() - 1).equals(SENTENCE_END)) {
                words.add(SENTENCE_END);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * ! ? and their CJK, Arabic and Bengali forms, the danda and double danda, the Urdu full stop; a full stop only
     * before a space (not in 3.5 or a.b).
     */
    private static boolean endsSentence(int c, String text, int next) {
        return switch (c) {
            case '!', '?', '\u0964', '\u0965', '\u061F', '\u06D4', '\u3002', '\uFF01', '\uFF1F', ';' -> true;
            case '.' -> next >= text.length() || Character.isWhitespace(text.charAt(next));
            default -> false;
        };
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isEmoji(int c) {
        return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1F2FF);
    }
}
