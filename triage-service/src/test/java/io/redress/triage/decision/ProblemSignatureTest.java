package io.redress.triage.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.analysis.Lexicons;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.DefaultRules;
import io.redress.triage.rules.Thresholds;

class ProblemSignatureTest {

    static final List<String> LANGUAGES = List.of("en", "ms", "id", "lv", "bn", "de", "es", "fr");
    static final CompiledRules RULES = new CompiledRules(1, DefaultRules.load(LANGUAGES, new ObjectMapper()));
    static final ProblemSignatures SIGNATURES = new ProblemSignatures(Lexicons.load(LANGUAGES));
    static final double THRESHOLD = RULES.threshold(Thresholds.INCIDENT_SIMILARITY);

    static ProblemSignature read(String language, String text) {
        return SIGNATURES.read(text, language, RULES);
    }

    static void assertAllAlike(List<ProblemSignature> signatures) {
        for (ProblemSignature a : signatures) {
            for (ProblemSignature b : signatures) {
                assertTrue(a.similarity(b) >= THRESHOLD, a + " and " + b + ": " + a.similarity(b));
            }
        }
    }

    @Test
    void theSameAppCrashInEnglishMalayLatvianAndBengaliIsOneProblem() {
        List<ProblemSignature> crash = List.of(
                read("en", "The app crashes at login with error E-502"),
                read("ms", "Aplikasi crash masa log masuk, ralat E-502"),
                read("lv", "Lietotne avarē pieslēdzoties, kļūda E-502"),
                read("bn", "অ্যাপ কাজ করছে না, লগইন করলেই E-502 এরর দেখায়"));
        for (ProblemSignature signature : crash) {
            assertTrue(signature.features().containsAll(Set.of("c:product-defect", "p:mobile-app", "code:e502")),
                    signature.toString());
        }
        assertAllAlike(crash);
    }

    @Test
    void aBrokenAppInEnglishMalayAndLatvianIsOneProblemWithoutAnyWordInCommon() {
        assertAllAlike(List.of(
                read("en", "The app keeps crashing since the update, it is broken"),
                read("ms", "Aplikasi rosak, tak boleh guna langsung sejak semalam"),
                read("lv", "Lietotne nestrādā kopš vakardienas, viss ir bojāts")));
    }

    @Test
    void differentProblemsOfTheSameCategoryAndProductAreNotAlike() {
        ProblemSignature crash = read("en", "The app crashes at login with error E-502");
        ProblemSignature photos = read("en", "The app is broken: photos upload blurry and the camera button does nothing");
        ProblemSignature malayPhotos = read("ms", "Aplikasi rosak, gambar kabur selepas upload dan butang kamera mati");
        for (ProblemSignature signature : List.of(crash, photos, malayPhotos)) {
            assertTrue(signature.features().containsAll(Set.of("c:product-defect", "p:mobile-app")),
                    signature.toString());
        }
        assertTrue(crash.similarity(photos) < THRESHOLD, "" + crash.similarity(photos));
        assertTrue(crash.similarity(malayPhotos) < THRESHOLD, "" + crash.similarity(malayPhotos));
        ProblemSignature currency = read("en", "The app shows the wrong currency in prices");
        assertTrue(crash.similarity(currency) < THRESHOLD, "" + crash.similarity(currency));
    }

    @Test
    void codesVersionsHashtagsAndSitesAreReadTheSameInEveryLanguage() {
        assertEquals(Set.of("code:e502", "v:2.4.1", "tag:appdown", "site:shop.example.com", "n:404", "id:12345678"),
                SIGNATURES.read("E-502 v2.4.1 #AppDown https://www.shop.example.com/cart 404 #12345678 2026", "und",
                        RULES).features());
        assertEquals(read("en", "error E502").features(), read("en", "error E-502").features());
    }

    @Test
    void moodStopWordsAndShortWordsDropOutAndContentWordsMeetByTheirStem() {
        assertEquals(Set.of("c:product-defect", "w:photo", "w:uploa", "w:blurr"),
                read("en", "I am so angry!!! My photos are uploading blurry, this is a terrible bug").features());
        assertEquals(read("en", "photos upload blurry").features(), read("en", "photo uploads blurry").features());
    }

    @Test
    void similarityIsWeightedJaccard() {
        var a = ProblemSignature.of(List.of("c:billing", "w:twice"));
        var b = ProblemSignature.of(List.of("c:billing", "w:sched"));
        assertEquals(2.0 / 4, a.similarity(b), 1e-9);
        assertEquals(a.similarity(b), b.similarity(a), 1e-9);
        assertEquals(1, a.similarity(a), 1e-9);
        assertEquals(0, a.similarity(ProblemSignature.EMPTY), 1e-9);
        var code = ProblemSignature.of(List.of("code:e502", "w:twice"));
        var sameCode = ProblemSignature.of(List.of("code:e502", "w:sched"));
        assertTrue(code.similarity(sameCode) > a.similarity(b), "a shared code says more than a shared category");
    }

    @Test
    void eachKindOfFeatureWeighsWhatItSaysAboutTheProblem() {
        assertEquals(3, ProblemSignature.weight("code:e502"));
        assertEquals(3, ProblemSignature.weight("v:2.4.1"));
        assertEquals(2, ProblemSignature.weight("c:billing"));
        assertEquals(2, ProblemSignature.weight("p:mobile-app"));
        assertEquals(2, ProblemSignature.weight("tag:outage"));
        assertEquals(2, ProblemSignature.weight("site:shop.example.com"));
        assertEquals(1.5, ProblemSignature.weight("n:502"));
        assertEquals(0.5, ProblemSignature.weight("id:123456789"));
        assertEquals(1, ProblemSignature.weight("w:crash"));
        assertEquals(1, ProblemSignature.weight("codes"));
    }

    @Test
    void anIncidentIsAboutWhatAtLeastHalfItsComplaintsShare() {
        var core = ProblemSignature.core(Map.of("c:product-defect", 4, "p:mobile-app", 3, "code:e502", 2,
                "w:camer", 1), 4);
        assertEquals(Set.of("c:product-defect", "p:mobile-app", "code:e502"), core.features());
        assertEquals(List.of("code:e502", "p:mobile-app"), core.terms(2, List.of("c:product-defect")));
        assertFalse(core.features().contains("w:camer"));
    }

    @Test
    void emptyOrErasedTextHasNoSignature() {
        assertTrue(SIGNATURES.read(null, "en", RULES).features().isEmpty());
        assertTrue(read("en", "").features().isEmpty());
    }
}
