package io.redress.triage.service;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import io.quarkus.runtime.StartupEvent;

/**
 * Tells the language of a complaint with Lingua, which is accurate on short social posts. Low-accuracy mode
 * (trigram models only) keeps the service's memory small; its models load in the background after start-up
 * so readiness is not delayed.
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

    public record Detected(String language, double confidence) {
    }

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

    @Inject
    LanguageDetector(TriageConfig config) {
        this(config.languages());
    }

    /** A detector for these ISO 639-1 codes, outside the service (the evaluation uses one). */
    public LanguageDetector(List<String> codes) {
        Language[] languages = codes.stream()
                .map(code -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.strip().toUpperCase())))
                .toArray(Language[]::new);
        lingua = LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode().build();
    }

    void warmUp(@Observes StartupEvent started) {
        Thread loader = new Thread(() -> {
            long start = System.nanoTime();
            lingua.computeLanguageConfidenceValues("warm up the language models");
            LOG.infof("Language models loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
        }, "language-models");
        loader.setDaemon(true);
        loader.start();
    }

    public Detected detect(String text) {
        SortedMap<Language, Double> confidences = lingua.computeLanguageConfidenceValues(sample(text));
        if (confidences.isEmpty()) {
            return new Detected(UNDETERMINED, 0);
        }
        Map.Entry<Language, Double> best = confidences.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        if (best.getValue() <= 0 || best.getKey() == Language.UNKNOWN) {
            return new Detected(UNDETERMINED, 0);
        }
        return new Detected(best.getKey().getIsoCode639_1().toString().toLowerCase(), best.getValue());
    }

    /** The first {@link #SAMPLE_CHARACTERS} characters, cut at a space so no word is split. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARACTERS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARACTERS);
        return text.substring(0, cut > SAMPLE_CHARACTERS / 2 ? cut : SAMPLE_CHARACTERS);
    }
}
