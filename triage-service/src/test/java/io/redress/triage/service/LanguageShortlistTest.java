package io.redress.triage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;


class LanguageShortlistTest {

    private static List<String> serviceLanguages;
    private static List<Language> configured;
    private static LanguageDetector detector;
    private static List<Labelled> texts;

    private record Labelled(String language, String text) {
    }

    @BeforeAll
    static void load() throws Exception {
        serviceLanguages = DefaultLanguages.all();
        configured = serviceLanguages.stream()
                .map(code -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.strip().toUpperCase()))).toList();
        detector = new LanguageDetector(serviceLanguages);
        texts = evaluationTextsAndTheirParts();
    }

    @Test
    void choosingAmongTheShortlistTellsLanguagesAtLeastAsWellAsChoosingAmongAll() {
        int rightAmongAll = 0;
        int rightShortlisted = 0;
        List<String> lost = new ArrayList<>();
        for (Labelled text : texts) {
            boolean amongAll = detector.detectAmongAll(text.text()).language().equals(text.language());
            boolean shortlisted = detector.detect(text.text()).language().equals(text.language());
            rightAmongAll += amongAll ? 1 : 0;
            rightShortlisted += shortlisted ? 1 : 0;
            if (amongAll && !shortlisted) {
                lost.add(text.language() + ": " + text.text());
            }
        }
        System.out.printf("Language right among all %d languages: %d of %d; among the shortlist: %d; lost: %s%n",
                serviceLanguages.size(), rightAmongAll, texts.size(), rightShortlisted, lost);
        assertTrue(texts.size() > 1000, "enough texts to compare: " + texts.size());
        assertTrue(rightShortlisted >= rightAmongAll, "the shortlist got " + rightShortlisted + " right, all "
                + rightAmongAll + "; lost " + lost);
    }

    @Test
    void theLanguageAComplaintIsWrittenInIsOnItsShortlist() {
        var shortlist = new LanguageShortlist(List.of(Language.ENGLISH, Language.LATVIAN, Language.MALAY,
                Language.SPANISH, Language.GERMAN, Language.INDONESIAN));
        assertEquals(Language.LATVIAN, shortlist.rank("Pasūtījums nav piegādāts jau divas nedēļas, lūdzu atmaksu", 3).likely()
                .get(0));
        assertEquals(Language.ENGLISH, shortlist.rank("My parcel never arrived and nobody answers the phone", 3).likely()
                .get(0));
        assertTrue(shortlist.rank("Saya sudah tunggu dua minggu, barang masih belum sampai", 3).likely()
                .containsAll(List.of(Language.MALAY, Language.INDONESIAN)), "as close as these two are, both are kept");
    }

    @Test
    void onlyLatinScriptLanguagesAreShortlistedAndOnlyByTheirLetters() {
        var shortlist = new LanguageShortlist(List.of(Language.ENGLISH, Language.BENGALI, Language.HINDI,
                Language.RUSSIAN, Language.GERMAN));
        assertEquals(List.of(Language.ENGLISH, Language.GERMAN), shortlist.ranked());
        assertEquals(List.of(), shortlist.rank("12 34 !! 😡😡", 3).likely());
        assertEquals(List.of(), shortlist.rank("Где мой заказ? Уже две недели жду", 3).likely());
        assertEquals(Language.ENGLISH, shortlist.rank("@ShopCo где мой заказ? Уже две недели жду", 3).likely().get(0));
    }

    @Test
    void aPostInAnotherScriptNamingABrandInLatinLettersKeepsItsLanguage() {
        assertEquals("hi", detector.detect("ShopCo का हेडफोन एक हफ्ते में खराब हो गया। घटिया क्वालिटी।").language());
        assertEquals("ru", detector.detect("@ShopCo ГДЕ МОЯ ПОСЫЛКА").language());
        assertEquals("bn", detector.detect("@ShopCo আমার অর্ডার এখনো আসেনি, টাকা ফেরত চাই").language());
    }

    @Test
    void trigramsIgnorePunctuationAndDigitsAndStopAtSpaces() {
        assertEquals(LanguageShortlist.trigrams("dont"), LanguageShortlist.trigrams("Don't 42"));
        assertEquals(2, LanguageShortlist.trigrams("ab-cd xy").size(), "abc, bcd; nothing across the space");
    }


    @Test
    void whereTheShortlistLeadsClearlyItsFirstLanguageIsRightAtLeastAsOftenAsLingua() {
        var shortlist = new LanguageShortlist(configured);
        var closeLanguages = new CloseLanguages(configured);
        Comparison clear = againstLingua(sample -> {
            LanguageShortlist.Ranking ranking = shortlist.rank(sample, LanguageDetector.SHORTLIST);
            boolean latinOnly = sample.codePoints().noneMatch(c -> Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
            return latinOnly && !ranking.likely().isEmpty() && ranking.lead() >= LanguageDetector.SURE_LEAD
                    ? Optional.of(closeLanguages.settle(ranking.likely().get(0), sample))
                    : Optional.empty();
        });
        System.out.printf("Texts in Latin letters with a clear lead: %d of %d; right: shortlist's first %d, Lingua %d%n",
                clear.told(), texts.size(), clear.right(), clear.rightLingua());
        assertTrue(clear.told() > texts.size() / 3, "most texts in Latin letters have a clear lead: " + clear);
        assertTrue(clear.right() >= clear.rightLingua(), "shortlist's first against Lingua: " + clear);
    }

    @Test
    void aTextInAScriptOnlyOneConfiguredLanguageWritesIsRightAsOftenAsLinguaSaysSo() {
        var soleScripts = new SoleScripts(new LanguageShortlist(configured).scripts());
        Comparison sole = againstLingua(soleScripts::of);
        System.out.printf("Texts in a script one language writes: %d of %d; right: by the script %d, Lingua %d%n",
                sole.told(), texts.size(), sole.right(), sole.rightLingua());
        assertTrue(sole.told() > texts.size() / 10, "Bengali, Hindi, Greek, Korean, Hebrew, Tamil, Telugu, Thai: " + sole);
        assertTrue(sole.right() >= sole.rightLingua(), "by the script against Lingua: " + sole);
    }

    /** How many texts a way of telling the language without Lingua tells, and how many of them it and Lingua get right. */
    private record Comparison(int told, int right, int rightLingua) {
    }

    private static Comparison againstLingua(Function<String, Optional<Language>> tell) {
        int told = 0;
        int right = 0;
        int rightLingua = 0;
        for (Labelled text : texts) {
            Optional<Language> language = tell.apply(LanguageDetector.sample(text.text()));
            if (language.isEmpty()) {
                continue;
            }
            told++;
            right += language.get().getIsoCode639_1().toString().toLowerCase().equals(text.language()) ? 1 : 0;
            rightLingua += detector.detectAmongAll(text.text()).language().equals(text.language()) ? 1 : 0;
        }
        return new Comparison(told, right, rightLingua);
    }

    @Test
    void aTextWhoseFirstLanguageLeadsClearlyIsThatLanguageAndACloseCallIsLinguas() {
        var shortlist = new LanguageShortlist(List.of(Language.ENGLISH, Language.LATVIAN, Language.MALAY,
                Language.INDONESIAN));
        assertTrue(shortlist.rank("Pasūtījums nav piegādāts jau divas nedēļas", 3).lead() >= LanguageDetector.SURE_LEAD);
        assertTrue(shortlist.rank("Harga pakej saya naik tanpa notis", 3).lead() < LanguageDetector.SURE_LEAD,
                "Malay and Indonesian share nearly every trigram");
        assertEquals(Float.POSITIVE_INFINITY, new LanguageShortlist(List.of(Language.ENGLISH)).rank("parcel", 3).lead());
        assertEquals("lv", detector.detect("Pasūtījums nav piegādāts jau divas nedēļas").language());
        assertEquals("ms", detector.detect("Harga pakej saya naik RM30 tanpa sebarang notis, korang memang tak guna")
                .language());
    }

    @Test
    void eachLanguageSaysHowItWasToldForAnAgentToCheck() {
        assertTrue(detector.detect("Pasūtījums nav piegādāts jau divas nedēļas").basis()
                .startsWith("by its trigrams, well ahead of "));
        assertEquals("by its script, which no other configured language writes",
                detector.detect("@ShopCo আমার অর্ডার এখনো আসেনি").basis());
        assertEquals("by its words typed in Latin letters: aaya, abhi, nahi",
                detector.detect("order abhi tak nahi aaya").basis());
        assertEquals("by Lingua", detector.detect("Где мой заказ? Уже две недели жду").basis(),
                "Cyrillic is shared by Russian, Ukrainian, Bulgarian and Serbian");
    }

    /** Each evaluation text, its first and last few words, and each of its sentences: short texts are the hard case. */
    private static List<Labelled> evaluationTextsAndTheirParts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Labelled> all = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                LanguageShortlistTest.class.getClassLoader().getResourceAsStream("eval/complaints.jsonl"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                var example = json.readTree(line);
                String language = example.path("language").asText();
                String text = example.path("text").asText();
                all.add(new Labelled(language, text));
                String[] words = text.split("\\s+");
                for (int n = 3; n <= 6 && n < words.length; n += 3) {
                    all.add(new Labelled(language, String.join(" ", List.of(words).subList(0, n))));
                    all.add(new Labelled(language, String.join(" ", List.of(words).subList(words.length - n,
                            words.length))));
                }
                for (String sentence : text.split("(?<=[.!?।؟。])\\s*")) {
                    if (!sentence.isBlank() && !sentence.equals(text)) {
                        all.add(new Labelled(language, sentence));
                    }
                }
            }
        }
        return all;
    }
}
