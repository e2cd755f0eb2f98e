package io.redress.triage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.pemistahl.lingua.api.Language;

/** Posts written for this test, not taken from the evaluation set. */
class RomanisedLanguagesTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector(DefaultLanguages.all());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hi | @ShopCo mera order abhi tak nahi aaya, 10 din ho gaye. kya scene hai?
            hi | bhai NetLink ka internet kal se band hai, koi call bhi nahi utha raha
            hi | PayWise wale paise kaat liye aur refund ka kuch pata nahi, bahut ghatiya service
            hi | Thanks yaar, delivery ekdum time pe aayi, bahut accha laga
            bn | @ShopCo amar parcel ekhono ashe nai, 9 din hoye gelo, keu kichu bolche na
            bn | NetLink er net kal theke cholche na, apnader customer care e keu phone dhorche na
            bn | PayWise amar card theke duibar taka kete nise, ferot diben kobe?
            bn | onek dhonnobad vaiya, problem ta ekdom thik hoye geche
            """)
    void aHindiOrBengaliPostInLatinLettersIsReadInItsLanguage(String language, String post) {
        assertEquals(language, DETECTOR.detect(post).language(), post);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My order has not arrived yet and nobody answers my emails, what is going on?",
            "Hi, I bought a sofa and the delivery guy was rude. Not happy at all.",
            "Mi pedido no ha llegado y nadie me responde, qué vergüenza",
            "Barang saya tak sampai lagi, dah seminggu tunggu, tolong semak",
            "Paket saya belum datang, udah seminggu, gimana sih",
            "Đơn hàng của tôi vẫn chưa tới, tôi đã chờ cả tuần rồi",
            "Meine Bestellung ist immer noch nicht da, das ist mein dritter Versuch" })
    void postsInOtherLatinScriptLanguagesAreNot(String post) {
        String language = DETECTOR.detect(post).language();
        assertTrue(!"hi".equals(language) && !"bn".equals(language), post);
    }

    @ParameterizedTest
    @ValueSource(strings = { "मेरा ऑर्डर अभी तक नहीं आया, bhai kya hai yeh" })
    void aPostWithDevanagariIsLeftToLingua(String post) {
        assertEquals("hi", DETECTOR.detect(post).language(), post);
        assertTrue(new RomanisedLanguages(List.of(Language.ENGLISH)).guess("bhai kya hai nahi aaya").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "NetLink er net kal theke cholche na, eto baje service ami jibone dekhi nai" })
    void aShortBengaliPostWithFewerThanThreeWordsOfItsListIsLeftToLingua(String post) {
        // theke and cholche only: ami, nai, eto, baje and dekhi are words of other languages too, left off the list.
        assertTrue(new RomanisedLanguages(List.of(Language.BENGALI, Language.HINDI)).guess(post).isEmpty());
    }
}
