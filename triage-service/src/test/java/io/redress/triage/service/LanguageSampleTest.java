package io.redress.triage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageSampleTest {

    @Test
    void aShortTextIsDetectedWhole() {
        String text = "My parcel never arrived.";
        assertEquals(text, LanguageDetector.sample(text));
    }

    @Test
    void aLongTextIsCutAtAWordBoundaryWithinTheSample() {
        String text = "word ".repeat(100);
        String sample = LanguageDetector.sample(text);
        assertTrue(sample.length() <= LanguageDetector.SAMPLE_CHARACTERS, sample);
        assertTrue(text.startsWith(sample));
        assertTrue(sample.endsWith("word"), "no word is split: '" + sample + "'");
    }

    @Test
    void aLongTextWithoutSpacesIsCutAtTheLimit() {
        String text = "ক".repeat(500);
        assertEquals(LanguageDetector.SAMPLE_CHARACTERS, LanguageDetector.sample(text).length());
    }
}
