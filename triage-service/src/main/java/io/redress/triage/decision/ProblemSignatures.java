package io.redress.triage.decision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.redress.triage.analysis.Lexicon;
import io.redress.triage.analysis.Lexicons;
import io.redress.triage.analysis.Normaliser;
import io.redress.triage.analysis.PhraseMatcher;
import io.redress.triage.rules.CompiledRules;

/**
 * Reads a complaint's {@link ProblemSignature} from its text after normalisation. Keyword rules turn the words
 * they match into their category and product, in whatever language they were written; codes, versions, numbers,
 * hashtags and domains are the same in every language; words the lexicons know (mood, negation, courtesy, time)
 * and each language's stop words drop out; the rest are content words cut to a stem of {@value #STEM} letters,
 * so "upload", "uploads" and "uploading" meet. Pure and thread-safe; a few hash look-ups per word.
 */
public final class ProblemSignatures {

    static final int STEM = 5;
    private static final int MIN_WORD = 3;
    private static final Pattern VERSION = Pattern.compile("v?\\d{1,3}(\\.\\d{1,3}){2,3}");
    private static final Pattern JOINERS = Pattern.compile("[-_./:]");

    private final Lexicons lexicons;
    private final Map<String, Set<String>> stopWords;

    public ProblemSignatures(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.stopWords = loadStopWords();
    }

    public ProblemSignature read(String text, String language, CompiledRules rules) {
        return new ProblemSignature(spelled(text, language, rules).keySet());
    }

    /** Each feature with the first word of the text it came from, to name an incident in words people wrote. */
    public Map<String, String> spelled(String text, String language, CompiledRules rules) {
        Map<String, String> features = new LinkedHashMap<>();
        if (text == null) {
            return features;
        }
        // Tokens go first and leave the text, so the words of a link or a hashtag are not read again as words.
        String folded = tokens(Normaliser.fold(text), features);
        List<String> words = Normaliser.words(folded);
        Set<String> used = new HashSet<>();
        for (CompiledRules.Hit hit : rules.find(Decider.languagesOf(language), words, folded, text)) {
            features.putIfAbsent((hit.rule().kind().equals("product") ? "p:" : "c:") + hit.rule().target(),
                    hit.rule().target());
            used.addAll(Normaliser.words(Normaliser.fold(hit.matched())));
        }
        boolean[] known = new boolean[words.size()];
        for (Lexicon lexicon : lexicons.forLanguage(language)) {
            for (PhraseMatcher.Match<?> match : lexicon.find(words, folded)) {
                for (int i = Math.max(0, match.start()); i < match.end(); i++) {
                    known[i] = true;
                }
            }
        }
        Set<String> stops = stopWords.getOrDefault(language, Set.of());
        Set<String> englishStops = stopWords.getOrDefault(Lexicons.ENGLISH, Set.of());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!known[i] && !used.contains(word) && !stops.contains(word) && !englishStops.contains(word)
                    && isContentWord(word)) {
                features.putIfAbsent("w:" + stem(word), word);
            }
        }
        return features;
    }

    /**
     * Letters only, at least {@value #MIN_WORD} of them, in a script written with spaces: a run of Chinese or
     * Japanese is a whole clause, not a word, and numbers are read as tokens.
     */
    private static boolean isContentWord(String word) {
        if (word.codePointCount(0, word.length()) < MIN_WORD) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI) {
            return false;
        }
        return word.codePoints().noneMatch(Character::isDigit);
    }

    static String stem(String word) {
        return word.codePointCount(0, word.length()) <= STEM ? word
                : word.substring(0, word.offsetByCodePoints(0, STEM));
    }

    /**
     * Adds the language-neutral tokens of the folded text, split at spaces and brackets rather than at every
     * punctuation mark so "e-502", "2.4.1" and "shop.example.com" stay whole, and returns the text without them.
     */
    static String tokens(String folded, Map<String, String> features) {
        StringBuilder rest = new StringBuilder(folded);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean separator = i == folded.length() || isSeparator(folded.charAt(i));
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                String token = trim(folded.substring(start, i));
                if (token(token, features)) {
                    for (int k = start; k < start + token.length(); k++) {
                        rest.setCharAt(k, ' ');
                    }
                }
                start = -1;
            }
        }
        return rest.toString();
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || ",;!?()[]{}\"'«»“”„<>|".indexOf(c) >= 0;
    }

    private static String trim(String token) {
        int end = token.length();
        while (end > 0 && ".:-_/".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }

    /** Adds the token's feature, if it is a code, version, number, hashtag or site; true if it was one. */
    private static boolean token(String token, Map<String, String> features) {
        if (token.length() < 2) {
            return false;
        }
        if (token.charAt(0) == '#') {
            String tag = token.substring(1);
            boolean tagged = !tag.isEmpty() && tag.chars().allMatch(Character::isLetterOrDigit);
            if (tagged) {
                put(features, tag.chars().allMatch(Character::isDigit) ? number(tag) : "tag:" + tag, token);
            }
            return tagged;
        }
        int scheme = token.indexOf("://");
        String site = scheme >= 0 ? token.substring(scheme + 3).split("/", 2)[0] : token;
        if (isDomain(site)) {
            // Folding cuts "www" to "ww", as it cuts any letter repeated more than twice.
            put(features, "site:" + (site.startsWith("ww.") ? site.substring(3) : site), token);
            return true;
        }
        int digits = (int) token.chars().filter(Character::isDigit).count();
        if (digits == 0) {
            return false;
        }
        if (VERSION.matcher(token).matches()) {
            put(features, "v:" + (token.charAt(0) == 'v' ? token.substring(1) : token), token);
            return true;
        }
        String compact = JOINERS.matcher(token).replaceAll("");
        boolean letters = compact.chars().anyMatch(Character::isLetter);
        if (!compact.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)) || digits < 3) {
            return false;
        }
        put(features, letters ? (compact.length() <= 12 ? "code:" + compact : "id:" + compact) : number(compact),
                token);
        return true;
    }

    /** An error or status number ("502") is a code; a long one is one customer's order or tracking number. */
    private static String number(String digits) {
        if (digits.length() >= 6) {
            return "id:" + digits;
        }
        boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
        return year ? null : "n:" + digits;
    }

    private static void put(Map<String, String> features, String feature, String token) {
        if (feature != null) {
            features.putIfAbsent(feature, token);
        }
    }

    /** Labels of letters, digits and hyphens joined by dots, ending in a top-level domain of letters. */
    private static boolean isDomain(String token) {
        int dot = token.lastIndexOf('.');
        if (dot <= 0 || token.length() - dot - 1 < 2) {
            return false;
        }
        String tld = token.substring(dot + 1);
        return tld.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && token.chars().allMatch(c -> (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '-')
                && !token.contains("..");
    }

    private static Map<String, Set<String>> loadStopWords() {
        Map<String, Set<String>> stops = new HashMap<>();
        InputStream in = ProblemSignatures.class.getClassLoader().getResourceAsStream("similarity/stopwords.txt");
        if (in == null) {
            throw new IllegalStateException("similarity/stopwords.txt is not on the class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                Set<String> words = stops.computeIfAbsent(line.substring(0, colon).strip(), l -> new HashSet<>());
                words.addAll(Normaliser.words(Normaliser.fold(line.substring(colon + 1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stops;
    }
}
