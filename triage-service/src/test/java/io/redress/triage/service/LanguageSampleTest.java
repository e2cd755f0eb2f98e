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

    @Test
    void handlesLinksAndAddressesAreLeftOutOfTheSample() {
        assertEquals("me cobraron dos veces, ver", LanguageDetector.sample(
                "@NetLink me cobraron dos veces, ver https://netlink.example/factura soporte@netlink.example")
                .replaceAll("\\s+", " ").strip());
        assertEquals("@NetLink @ShopCo", LanguageDetector.sample("@NetLink @ShopCo"), "nothing else left: kept whole");
    }

    @Test
    void aBrandHandleDoesNotSwayTheLanguage() {
        var detector = new LanguageDetector(DefaultLanguages.all());
        // Read with its handle, Lingua named this Spanish post Croatian.
        assertEquals("es", detector.detect(
                "@NetLink ladrones, me cobraron dos veces OTRA VEZ. Devuélvanme mi dinero ahora mismo").language());
    }
}
