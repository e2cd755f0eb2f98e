package io.redress.triage.service;

import static com.github.pemistahl.lingua.api.Language.BULGARIAN;
import static com.github.pemistahl.lingua.api.Language.CROATIAN;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.INDONESIAN;
import static com.github.pemistahl.lingua.api.Language.MALAY;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static com.github.pemistahl.lingua.api.Language.SERBIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.smallrye.config.WithDefault;

/** Texts written for this test, not taken from the evaluation set. */
class CloseLanguagesTest {

    private static final List<String> MALAY_POSTS = List.of(
            "Dah seminggu tunggu bungkusan, kurier kata dah hantar tapi tak sampai pun.",
            "Kenapa bil telefon bulan ni naik mendadak? Saya tak guna data pun.",
            "Akaun saya kena sekat sejak semalam, sila bantu segera.",
            "Mesin basuh yang dihantar semalam terus rosak, tiada siapa angkat telefon.");
    private static final List<String> INDONESIAN_POSTS = List.of(
            "Paketnya udah seminggu nggak nyampe, kurirnya gimana sih?",
            "Tagihan telepon bulan ini naik banget, padahal saya nggak pakai data.",
            "Akun saya diblokir sejak kemarin, mohon dibantu secepatnya.",
            "Mesin cuci yang dikirim kemarin langsung rusak, nggak ada yang angkat telepon.");

    private final CloseLanguages closeLanguages = new CloseLanguages(List.of(ENGLISH, MALAY, INDONESIAN));

    @Test
    void aMalayPostTakenForIndonesianIsMalay() {
        MALAY_POSTS.forEach(post -> assertEquals(MALAY, closeLanguages.settle(INDONESIAN, post), post));
        MALAY_POSTS.forEach(post -> assertEquals(MALAY, closeLanguages.settle(MALAY, post), post));
    }

    @Test
    void anIndonesianPostTakenForMalayIsIndonesian() {
        INDONESIAN_POSTS.forEach(post -> assertEquals(INDONESIAN, closeLanguages.settle(MALAY, post), post));
        INDONESIAN_POSTS.forEach(post -> assertEquals(INDONESIAN, closeLanguages.settle(INDONESIAN, post), post));
    }

    @Test
    void withoutWordsOfEitherLinguaDecides() {
        String shared = "Saya sudah menunggu dua minggu dan barang belum sampai.";
        assertEquals(MALAY, closeLanguages.settle(MALAY, shared));
        assertEquals(INDONESIAN, closeLanguages.settle(INDONESIAN, shared));
    }

    @Test
    void otherLanguagesAndUnconfiguredPairsAreLeftAlone() {
        assertEquals(ENGLISH, closeLanguages.settle(ENGLISH, "tak boleh, akaun rosak"));
        assertEquals(INDONESIAN, new CloseLanguages(List.of(ENGLISH, INDONESIAN)).settle(INDONESIAN,
                MALAY_POSTS.get(0)));
    }

    @Test
    void theServiceTellsMalayFromIndonesian() throws Exception {
        var detector = new LanguageDetector(List.of(TriageConfig.class.getMethod("languages")
                .getAnnotation(WithDefault.class).value().split(",")));
        MALAY_POSTS.forEach(post -> assertEquals("ms", detector.detect(post).language(), post));
        INDONESIAN_POSTS.forEach(post -> assertEquals("id", detector.detect(post).language(), post));
    }

    @Test
    void aRussianPostTakenForBulgarianIsRussianAndTheOtherWayRound() {
        var pair = new CloseLanguages(List.of(RUSSIAN, BULGARIAN));
        assertEquals(RUSSIAN, pair.settle(BULGARIAN, "ГДЕ МОЯ ПОСЫЛКА"));
        assertEquals(RUSSIAN, pair.settle(BULGARIAN, "Уже две недели жду заказ, верните деньги"));
        assertEquals(BULGARIAN, pair.settle(RUSSIAN, "Къде е пратката ми? Чакам вече две седмици"));
    }

    @Test
    void aLatinScriptSerbianPostTakenForCroatianIsSerbianAndTheOtherWayRound() {
        var pair = new CloseLanguages(List.of(SERBIAN, CROATIAN));
        assertEquals(SERBIAN, pair.settle(CROATIAN, "Šta je ovo, porudžbina kasni već dve nedelje"));
        assertEquals(CROATIAN, pair.settle(SERBIAN, "Što je ovo, narudžba kasni već dva tjedna"));
    }
}
