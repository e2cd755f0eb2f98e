package io.redress.triage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NormaliserTest {

    @Test
    void latinAccentsFoldSoPostsTypedWithoutThemMatch() {
        assertEquals(Normaliser.fold("pasutijums nav atnacis"), Normaliser.fold("Pasūtījums NAV atnācis"));
    }

    @Test
    void lettersWithAStrokeFoldLikeAccentedOnes() {
        assertEquals("dat hang khong duoc giao", Normaliser.fold("Đặt hàng không được giao"));
        assertEquals("przesylka nie dotarla", Normaliser.fold("Przesyłka nie dotarła"));
        assertEquals("urun bozuk cikti", Normaliser.fold("Ürün bozuk çıktı"));
    }

    @Test
    void arabicSpellingsPostsMixFoldToOne() {
        assertEquals(Normaliser.fold("اسوا خدمه"), Normaliser.fold("أسوأ خدمة"));
        assertEquals(Normaliser.fold("انا مستاء"), Normaliser.fold("إنا مستاء"));
        assertEquals(Normaliser.fold("علي"), Normaliser.fold("على"));
        assertEquals(Normaliser.fold("جميل"), Normaliser.fold("جميـــل"));
        assertEquals(Normaliser.fold("مسؤول"), Normaliser.fold("مسوول"));
    }

    @Test
    void bengaliVowelSignsStay() {
        assertEquals("আসেনি", Normaliser.fold("আসেনি"));
    }

    @Test
    void elongationsAreCutToTwoLetters() {
        assertEquals("soo baad", Normaliser.fold("Sooooo baaaad"));
    }

    @Test
    void emojiAreWordsAndSentencesEnd() {
        assertEquals(List.of("late", "😡", ".", "again", "3", "5"), Normaliser.words(Normaliser.fold("Late😡! Again 3.5")));
    }

    @Test
    void urduAndDevanagariFullStopsEndSentences() {
        assertEquals(List.of("پارسل", "نہیں", "پہنچا", ".", "شکریہ"), Normaliser.words(Normaliser.fold("پارسل نہیں پہنچا۔ شکریہ")));
        assertEquals(List.of("नहीं", "आया", ".", "धन्यवाद"), Normaliser.words(Normaliser.fold("नहीं आया॥ धन्यवाद")));
    }

    @Test
    void plainAsciiFoldsExactlyAsTheUnicodePathDoes() {
        // A non-ASCII tail sends the same text down the Unicode path; it folds to " e" and cannot join a run.
        String alphabet = "aAbBzZ09 .!?'-_\t\n~@#ooOO";
        Random random = new Random(4);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(24); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(Normaliser.fold(text + " \u00e9"), Normaliser.fold(text.toString()) + " e", text.toString());
        }
    }
}
