package io.redress.triage.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import io.quarkus.runtime.StartupEvent;

/**
 * Tells the language of a complaint with Lingua, which is accurate on short social posts. Low-accuracy mode
 * (trigram models only) keeps the service's memory small; its models and the shortlist load in the background
 * after start-up so readiness is not delayed. Lingua compares a text with each language of its script in turn, so for the
 * Latin script, which most configured languages share, a {@link LanguageShortlist} ranks them first from
 * Lingua's own trigram models: a text in Latin letters whose first language leads clearly is that language, and
 * otherwise Lingua chooses among the few likeliest (languages of other scripts stay candidates, as Lingua's rules
 * set them aside cheaply when the script is not theirs). A text in a script that only one configured language is
 * written in is that language ({@link SoleScripts}).
 */
@ApplicationScoped
public class LanguageDetector {

    private static final Logger LOG = Logger.getLogger(LanguageDetector.class);
    public static final String UNDETERMINED = "und";

    /**
     * Detection cost grows with text length while accuracy stops improving long before this: a long e-mail is
     * judged on its first sentences.
     */
    static final int SAMPLE_CHARACTERS = 200;
    /**
     * Handles, links and e-mail addresses are in no language, yet their letters sway Lingua ("@NetLink" made a
     * Spanish post Croatian): they are left out of the sample, unless nothing else is left.
     */
    private static final Pattern NOT_LANGUAGE = Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+|@\\w+");

    /**
     * How many likely Latin-script languages Lingua chooses among: with three it tells the evaluation texts and
     * their fragments at least as well as among all of them ({@code LanguageShortlistTest}), at a fraction of the
     * cost.
     */
    static final int SHORTLIST = 3;

    /**
     * How far ahead, in log-likelihood per trigram, the shortlist's first language must be for a text in Latin
     * letters to be that language without asking Lingua. On the evaluation texts and their fragments the
     * shortlist's first choice was as often right as Lingua's choice among the shortlist, and right more often
     * wherever it led by this much or more (83% of the texts in Latin letters); below it, Lingua decides.
     */
    static final float SURE_LEAD = 0.1f;

    /** A language, Lingua's confidence in it, and how it was told, for an agent to check. */
    public record Detected(String language, double confidence, String basis) {
    }

    /**
     * The shortlist, the configured languages it does not rank, which stay candidates, and the scripts only one
     * configured language is written in.
     */
    private record Narrowing(LanguageShortlist shortlist, Set<Language> otherScripts, SoleScripts soleScripts) {

        static Narrowing of(List<Language> languages) {
            var shortlist = new LanguageShortlist(languages);
            Set<Language> otherScripts = EnumSet.noneOf(Language.class);
            otherScripts.addAll(languages);
            otherScripts.removeAll(shortlist.ranked());
            return new Narrowing(shortlist, otherScripts, new SoleScripts(shortlist.scripts()));
        }
    }

    private final List<Language> languages;
    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final CloseLanguages closeLanguages;
    private final RomanisedLanguages romanised;
    /** Built in the background after start-up (reading Lingua's models takes a second or so); until then, none. */
    private volatile Narrowing narrowing;
    /** Lingua detectors for the candidate sets met so far; they share Lingua's models, so each costs little. */
    private final Cache<Set<Language>, com.github.pemistahl.lingua.api.LanguageDetector> narrowed = Caffeine
            .newBuilder().maximumSize(1024).build();

    @Inject
    LanguageDetector(TriageConfig config) {
        languages = languages(config.languages());
        lingua = lingua(languages);
        closeLanguages = new CloseLanguages(languages);
        romanised = new RomanisedLanguages(languages);
    }

    /** A detector for these ISO 639-1 codes outside the service (the evaluation uses one), ready when built. */
    public LanguageDetector(List<String> codes) {
        languages = languages(codes);
        lingua = lingua(languages);
        closeLanguages = new CloseLanguages(languages);
        romanised = new RomanisedLanguages(languages);
        narrowing = Narrowing.of(languages);
    }

    private static List<Language> languages(List<String> codes) {
        return codes.stream()
                .map(code -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.strip().toUpperCase()))).toList();
    }

    private static com.github.pemistahl.lingua.api.LanguageDetector lingua(Collection<Language> languages) {
        return LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new)).withLowAccuracyMode()
                .build();
    }

    void warmUp(@Observes StartupEvent started) {
        Thread loader = new Thread(() -> {
            long start = System.nanoTime();
            lingua.computeLanguageConfidenceValues("warm up the language models");
            narrowing = Narrowing.of(languages);
            LOG.infof("Language models and shortlist loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
        }, "language-models");
        loader.setDaemon(true);
        loader.start();
    }

    public Detected detect(String text) {
        String sample = sample(text);
        boolean latinOnly = !hasOtherScript(sample);
        Optional<Detected> romanisedGuess = latinOnly ? romanised(sample) : Optional.empty();
        if (romanisedGuess.isPresent()) {
            return romanisedGuess.get();
        }
        Narrowing ready = narrowing;
        Optional<Language> soleWriter = latinOnly || ready == null ? Optional.empty() : ready.soleScripts().of(sample);
        if (soleWriter.isPresent()) {
            return detected(soleWriter.get(), 1, "by its script, which no other configured language writes");
        }
        LanguageShortlist.Ranking ranking = ready == null ? null : ready.shortlist().rank(sample, SHORTLIST);
        if (latinOnly && ranking != null && !ranking.likely().isEmpty() && ranking.lead() >= SURE_LEAD) {
            // Lingua gives the language it chooses a confidence of 1 (the others relative to it); so does the shortlist.
            Language first = ranking.likely().get(0);
            Language settled = closeLanguages.settle(first, sample);
            return detected(settled, 1, settled != first ? "by words only it uses, over " + code(first)
                    : ranking.likely().size() < 2 ? "by its trigrams"
                    : String.format("by its trigrams, well ahead of %s", code(ranking.likely().get(1))));
        }
        return best(choosingAmong(ranking, ready, latinOnly).computeLanguageConfidenceValues(sample), sample);
    }

    /** What Lingua decides when it compares the text with every configured language; for comparison only. */
    Detected detectAmongAll(String text) {
        String sample = sample(text);
        Optional<Detected> romanisedGuess = hasOtherScript(sample) ? Optional.empty() : romanised(sample);
        return romanisedGuess.orElseGet(() -> best(lingua.computeLanguageConfidenceValues(sample), sample));
    }

    private Optional<Detected> romanised(String latinSample) {
        return romanised.guess(latinSample).map(guess -> detected(guess.language(), guess.confidence(),
                "by its words typed in Latin letters: " + String.join(", ", guess.words())));
    }

    private com.github.pemistahl.lingua.api.LanguageDetector choosingAmong(LanguageShortlist.Ranking ranking,
            Narrowing ready, boolean latinOnly) {
        // No Latin-script trigram known: nothing to narrow, and Lingua's rules narrow other scripts themselves.
        if (ranking == null || ranking.likely().isEmpty()) {
            return lingua;
        }
        Set<Language> candidates = EnumSet.noneOf(Language.class);
        candidates.addAll(ranking.likely());
        // Lingua's rules would set them aside for a text in Latin letters only, but only after looking at each.
        if (!latinOnly) {
            candidates.addAll(ready.otherScripts());
        }
        return candidates.size() < 2 ? lingua : narrowed.get(candidates, LanguageDetector::lingua);
    }

    private static boolean hasOtherScript(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lingua's likeliest language, or its close sister when the sample's words say so; then the confidence is
     * Lingua's in the two together, as it could not tell them apart.
     */
    private Detected best(SortedMap<Language, Double> confidences, String sample) {
        if (confidences.isEmpty()) {
            return new Detected(UNDETERMINED, 0, "by Lingua");
        }
        Map.Entry<Language, Double> best = confidences.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        if (best.getValue() <= 0 || best.getKey() == Language.UNKNOWN) {
            return new Detected(UNDETERMINED, 0, "by Lingua");
        }
        Language settled = closeLanguages.settle(best.getKey(), sample);
        double confidence = settled == best.getKey() ? best.getValue()
                : Math.min(1, best.getValue() + confidences.getOrDefault(settled, 0.0));
        return detected(settled, confidence, settled == best.getKey() ? "by Lingua"
                : "by Lingua, then by words only it uses, over " + code(best.getKey()));
    }

    private static Detected detected(Language language, double confidence, String basis) {
        return new Detected(code(language), confidence, basis);
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase();
    }

    /** The first {@link #SAMPLE_CHARACTERS} characters of the language in it, cut at a space so no word is split. */
    static String sample(String original) {
        // A long e-mail is searched only as far as the sample can reach.
        String head = original.length() > 5 * SAMPLE_CHARACTERS ? original.substring(0, 5 * SAMPLE_CHARACTERS) : original;
        String words = NOT_LANGUAGE.matcher(head).replaceAll(" ").strip();
        String text = words.codePoints().anyMatch(Character::isLetter) ? words : head;
        if (text.length() <= SAMPLE_CHARACTERS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARACTERS);
        return text.substring(0, cut > SAMPLE_CHARACTERS / 2 ? cut : SAMPLE_CHARACTERS);
    }
}
