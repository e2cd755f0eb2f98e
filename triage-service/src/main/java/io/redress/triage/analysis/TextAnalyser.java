package io.redress.triage.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one text in its language with the lexicons: sentiment from polar words turned by negations and
 * strengthened by intensifiers, anger from anger words, abuse, capitals, repeated punctuation and emoji, a
 * complaint score weighing complaint cues against praise and questions, and the flags the words raise.
 * Thread-safe; costs a few hash look-ups per word.
 */
public final class TextAnalyser {

    /** Words before a polar word that a negation reaches ("not very happy"). */
    private static final int NEGATION_REACH = 3;
    private static final int INTENSIFIER_REACH = 2;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s。！？]+$");

    private final Lexicons lexicons;

    public TextAnalyser(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    private record Found(Cue cue, String text, int start, int end) {
    }

    /** A word of this language that looks like an English one but is not: {@link Lexicons#notEnglish}. */
    public boolean notEnglish(String language, String word) {
        return lexicons.notEnglish(language, word);
    }

    public Analysis analyse(String text, String language) {
        String folded = Normaliser.fold(text);
        List<String> words = Normaliser.words(folded);
        List<Lexicon> reading = lexicons.forLanguage(language);
        Lexicon own = reading.get(0);
        List<Found> found = new ArrayList<>();
        boolean negationFollows = false;
        List<PhraseMatcher.Match<Cue>> ownReading = own.find(words, folded);
        for (Lexicon lexicon : reading) {
            negationFollows |= lexicon.negationFollows();
            boolean secondaryEnglish = Lexicons.ENGLISH.equals(lexicon.language()) && lexicon != own;
            for (PhraseMatcher.Match<Cue> match : lexicon == own ? ownReading : lexicon.find(words, folded)) {
                // Words the text's own language has read as a phrase are not read again, shorter, by another
                // lexicon (English "problem*" inside Latvian "problēmu atrisināja", "problem solved").
                if (secondaryEnglish && own.isNotEnglish(match.text())
                        || lexicon != own && readWithin(ownReading, match.start(), match.end())) {
                    continue;
                }
                found.add(new Found(match.value(), match.text(), match.start(), match.end()));
            }
        }
        return score(text, words, closingRemark(text, words, found), negationFollows);
    }

    private static boolean readWithin(List<PhraseMatcher.Match<Cue>> ownReading, int start, int end) {
        return start >= 0 && ownReading.stream()
                .anyMatch(m -> m.start() >= 0 && m.end() - m.start() > end - start && m.start() <= start && m.end() >= end);
    }

    /**
     * A closing remark of up to five words ("Thanks.", "Thank you for your help." or "Great.") after a complaint
     * is not praise: thanks there is courtesy and drops out; any other positive word there is sarcasm and counts
     * as a complaint. After a question, thanks are courtesy too ("Is the blue one back in stock? Thanks.").
     */
    private static List<Found> closingRemark(String text, List<String> words, List<Found> found) {
        int end = words.size();
        while (end > 0 && words.get(end - 1).equals(Normaliser.SENTENCE_END)) {
            end--;
        }
        int start = words.subList(0, end).lastIndexOf(Normaliser.SENTENCE_END) + 1;
        if (start == 0 || end - start > 5) {
            return found;
        }
        boolean complaintBefore = found.stream().anyMatch(f -> f.start() >= 0 && f.start() < start
                && (f.cue() == Cue.COMPLAINT || f.cue() == Cue.NEGATIVE));
        boolean praiseInClosing = found.stream().anyMatch(f -> f.start() >= start && f.cue() == Cue.PRAISE);
        if (!complaintBefore) {
            return praiseInClosing && questionBefore(text)
                    ? found.stream().filter(f -> f.start() < start || f.cue() != Cue.POSITIVE && f.cue() != Cue.PRAISE)
                            .toList()
                    : found;
        }
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            boolean closing = f.start() >= start && (f.cue() == Cue.POSITIVE || f.cue() == Cue.PRAISE);
            if (!closing) {
                kept.add(f);
            } else if (!praiseInClosing && f.cue() == Cue.POSITIVE) {
                kept.add(new Found(Cue.NEGATIVE, f.text(), f.start(), f.end()));
                kept.add(new Found(Cue.COMPLAINT, "sarcastic \"" + f.text() + "\"", f.start(), f.end()));
            }
        }
        return kept;
    }

    /** Whether the sentence before the closing one ends in a question mark. */
    private static boolean questionBefore(String text) {
        String body = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("");
        int end = Math.max(Math.max(body.lastIndexOf('.'), body.lastIndexOf('!')),
                Math.max(Math.max(body.lastIndexOf('?'), body.lastIndexOf('？')), body.lastIndexOf('。')));
        return end >= 0 && (body.charAt(end) == '?' || body.charAt(end) == '？');
    }

    private Analysis score(String text, List<String> words, List<Found> found, boolean negationFollows) {
        Map<Cue, Set<String>> matched = new EnumMap<>(Cue.class);
        Map<Cue, Integer> counts = new EnumMap<>(Cue.class);
        for (Found f : found) {
            matched.computeIfAbsent(f.cue(), c -> new LinkedHashSet<>()).add(f.text());
            counts.merge(f.cue(), 1, Integer::sum);
        }
        List<String> reasons = new ArrayList<>();

        double polarity = 0;
        int negatedPositives = 0;
        int intensifiedNegatives = 0;
        Set<String> negatedWords = new TreeSet<>();
        for (Found f : found) {
            if (f.cue() != Cue.POSITIVE && f.cue() != Cue.NEGATIVE && f.cue() != Cue.GLAD && f.cue() != Cue.SAD) {
                continue;
            }
            double value = f.cue() == Cue.POSITIVE || f.cue() == Cue.GLAD ? 1 : -1;
            if (f.start() >= 0 && !isEmoji(f) && negated(f, found, words, negationFollows)) {
                value = -0.7 * value;
                negatedWords.add(f.text());
                negatedPositives += f.cue() == Cue.POSITIVE ? 1 : 0;
            }
            if (f.start() >= 0 && intensified(f, found, words)) {
                value *= 1.5;
                intensifiedNegatives += value < 0 ? 1 : 0;
            }
            polarity += value;
        }
        // A complaint phrase ("has not arrived") says something negative even without a negative word in it.
        polarity -= 0.5 * count(counts, Cue.COMPLAINT);
        // And a praise phrase ("problem solved in ten minutes") something positive.
        polarity += 0.5 * count(counts, Cue.PRAISE);
        // Abuse, threats, despair and anger are negative feelings whether or not a negative word is among them.
        polarity -= Math.min(count(counts, Cue.ABUSE) + count(counts, Cue.THREAT) + count(counts, Cue.SELF_HARM), 2)
                + 0.5 * Math.min(count(counts, Cue.ANGER), 2);
        double sentiment = clamp(polarity / Math.sqrt(polarity * polarity + 4), -1, 1);
        describe(reasons, "positive words", matched.get(Cue.POSITIVE));
        describe(reasons, "negative words", matched.get(Cue.NEGATIVE));
        describe(reasons, "good feelings", matched.get(Cue.GLAD));
        describe(reasons, "bad feelings", matched.get(Cue.SAD));
        describe(reasons, "negated", negatedWords);
        describe(reasons, "intensifiers", matched.get(Cue.INTENSIFIER));

        double shouting = shouting(text);
        if (shouting > 0) {
            reasons.add(String.format("shouting: %.0f%% capitals", shouting * 100));
        }
        int punctuationRuns = repeatedPunctuation(text);
        if (punctuationRuns > 0) {
            reasons.add("repeated !!! or ??? (" + punctuationRuns + "×)");
        }
        double angerPoints = 1.0 * Math.min(count(counts, Cue.ANGER), 3) + 1.2 * Math.min(count(counts, Cue.ABUSE), 2)
                + 1.0 * shouting + 0.4 * Math.min(punctuationRuns, 3) + 0.5 * count(counts, Cue.CONCLUSION)
                + 0.5 * Math.min(count(counts, Cue.DEMAND), 2) + 1.5 * Math.min(count(counts, Cue.THREAT), 1)
                + 0.3 * intensifiedNegatives + 0.6 * Math.max(0, -sentiment);
        double anger = clamp(angerPoints / (angerPoints + 1.5), 0, 1);
        describe(reasons, "anger cues", matched.get(Cue.ANGER));
        describe(reasons, "abuse", matched.get(Cue.ABUSE));
        describe(reasons, "jumping to conclusions", matched.get(Cue.CONCLUSION));
        describe(reasons, "demands", matched.get(Cue.DEMAND));

        double aggression = Math.min(count(counts, Cue.ANGER), 2) + 1.5 * Math.min(count(counts, Cue.ABUSE), 1)
                + 2 * Math.min(count(counts, Cue.THREAT), 1) + Math.min(count(counts, Cue.CONCLUSION), 2)
                + Math.min(count(counts, Cue.DEMAND), 2) + 0.5 * Math.min(count(counts, Cue.LEGAL), 1)
                + shouting * 1.5 + (punctuationRuns > 0 ? 0.5 : 0) + unreasonableDemand(counts, reasons);

        Set<String> flags = new LinkedHashSet<>();
        flag(flags, reasons, "threat", matched.get(Cue.THREAT));
        flag(flags, reasons, "self-harm", matched.get(Cue.SELF_HARM));
        flag(flags, reasons, "legal-threat", matched.get(Cue.LEGAL));
        flag(flags, reasons, "abuse", matched.get(Cue.ABUSE));
        flag(flags, reasons, "freebie-seeking", matched.get(Cue.FREEBIE));
        flag(flags, reasons, "churn-risk", matched.get(Cue.CHURN));

        int complaints = count(counts, Cue.COMPLAINT) + negatedPositives;
        int praise = count(counts, Cue.PRAISE);
        boolean question = text.indexOf('?') >= 0 || text.indexOf('？') >= 0 || count(counts, Cue.QUESTION) > 0;
        describe(reasons, "complaint cues", matched.get(Cue.COMPLAINT));
        describe(reasons, "praise cues", matched.get(Cue.PRAISE));
        describe(reasons, "question cues", matched.get(Cue.QUESTION));
        // A threat, a cry for help or a legal threat sent to a brand is never praise or a question: it is a
        // complaint to handle even when it names no fault.
        boolean escalating = flags.contains("threat") || flags.contains("self-harm") || flags.contains("legal-threat");
        double z = -1.1 + 1.2 * Math.min(complaints, 3) + 2.0 * Math.max(0, -sentiment) + 2.0 * anger
                + (escalating ? 2.0 : flags.stream().anyMatch(f -> !f.equals("abuse")) ? 1.0 : 0)
                - (praise >= complaints ? 1.5 : 0.5) * Math.min(praise, 2) - 1.5 * Math.max(0, sentiment)
                - (question && complaints == 0 && sentiment >= 0 && anger < 0.3 ? 0.8 : 0);
        double complaintScore = 1 / (1 + Math.exp(-z));

        int details = count(counts, Cue.DETAIL) + numbers(words);
        describe(reasons, "details", matched.get(Cue.DETAIL));
        int mentions = mentions(text);
        int addressing = count(counts, Cue.ADDRESS) + mentions;
        // A broken heart or a facepalm shows a feeling, not a problem.
        int problems = negatedPositives
                + (int) found.stream().filter(f -> f.cue() == Cue.COMPLAINT && !isEmoji(f)).count();
        // "Please pray for my dad 🙏" addresses everyone: address words aim at the brand only with a problem.
        boolean aimed = count(counts, Cue.DEMAND) > 0 || mentions > 0
                || flags.stream().anyMatch(f -> !f.equals("abuse")) || count(counts, Cue.ADDRESS) > 0 && problems > 0;
        boolean judging = found.stream().anyMatch(f -> f.cue() == Cue.NEGATIVE && !isEmoji(f));
        return new Analysis(round(complaintScore), round(sentiment), round(anger), aggression, details, addressing,
                flags, aimed, problems, judging, reasons);
    }

    /** Demanding something free ("I demand another product free, now!") is an unreasonable demand: a point more. */
    private static double unreasonableDemand(Map<Cue, Integer> counts, List<String> reasons) {
        if (count(counts, Cue.DEMAND) == 0 || count(counts, Cue.FREEBIE) == 0) {
            return 0;
        }
        reasons.add("unreasonable demand: something free, demanded");
        return 1;
    }

    /** An emoji shows how the writer feels; a negation near it ("not happy 😡") does not turn it. */
    private static boolean isEmoji(Found polar) {
        return !Character.isLetterOrDigit(polar.text().codePointAt(0));
    }

    private static boolean negated(Found polar, List<Found> found, List<String> words, boolean negationFollows) {
        for (Found f : found) {
            if (f.cue() != Cue.NEGATION || f.start() < 0) {
                continue;
            }
            boolean before = f.end() <= polar.start() && polar.start() - f.end() < NEGATION_REACH
                    && sameSentence(words, f.end(), polar.start());
            boolean after = negationFollows && f.start() >= polar.end() && f.start() - polar.end() < 2
                    && sameSentence(words, polar.end(), f.start());
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /**
     * An intensifier up to {@value #INTENSIFIER_REACH} words before, or right after: Indonesian, Malay and Swahili
     * put theirs after the word ("kecewa banget", "teruk sangat", "mbaya sana").
     */
    private static boolean intensified(Found polar, List<Found> found, List<String> words) {
        return found.stream().anyMatch(f -> f.cue() == Cue.INTENSIFIER && f.start() >= 0
                && (f.end() <= polar.start() && polar.start() - f.end() < INTENSIFIER_REACH
                        && sameSentence(words, f.end(), polar.start())
                        || polar.end() > 0 && f.start() == polar.end()));
    }

    private static boolean sameSentence(List<String> words, int from, int to) {
        return !words.subList(from, to).contains(Normaliser.SENTENCE_END);
    }

    /** Share of capitals among cased letters when the text is written mostly in capitals, else 0. */
    static double shouting(String text) {
        int upper = 0;
        int cased = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                cased++;
            } else if (Character.isLowerCase(c)) {
                cased++;
            }
        }
        if (cased < 8) {
            return 0;
        }
        double share = (double) upper / cased;
        return share >= 0.6 ? share : shoutedWords(text);
    }

    /** A few words in capitals inside a normal sentence ("lost my bag AGAIN") are shouting too, less of it. */
    private static double shoutedWords(String text) {
        long shouted = Normaliser.words(text).stream()
                .filter(w -> w.length() >= 3 && w.chars().allMatch(Character::isUpperCase)).count();
        return Math.min(1.0, 0.25 * shouted);
    }

    /** Runs of two or more ! or ? ("!!", "?!?"). */
    static int repeatedPunctuation(String text) {
        int runs = 0;
        int length = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '!' || c == '?' || c == '！' || c == '？') {
                length++;
            } else {
                runs += length >= 2 ? 1 : 0;
                length = 0;
            }
        }
        return runs;
    }

    /** Order, ticket and tracking numbers: words of at least four digits. */
    private static int numbers(List<String> words) {
        int numbers = 0;
        for (String word : words) {
            if (word.chars().filter(Character::isDigit).count() >= 4) {
                numbers++;
            }
        }
        return Math.min(numbers, 2);
    }

    private static int mentions(String text) {
        int mentions = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '@' && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                mentions++;
            }
        }
        return mentions;
    }

    private static void flag(Set<String> flags, List<String> reasons, String flag, Set<String> words) {
        if (words != null && !words.isEmpty()) {
            flags.add(flag);
            describe(reasons, "flag " + flag, words);
        }
    }

    private static void describe(List<String> reasons, String what, Set<String> words) {
        if (words != null && !words.isEmpty()) {
            reasons.add(what + ": " + words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", ")));
        }
    }

    private static int count(Map<Cue, Integer> counts, Cue cue) {
        return counts.getOrDefault(cue, 0);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
