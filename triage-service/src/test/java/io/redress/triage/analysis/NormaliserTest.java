package io.redress.triage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NormaliserTest {

    @Test
    void latinAccentsFoldSoPostsTypedWithoutThemMatch() {
        assertEquals(Normaliser.fold("pasutijums nav atnacis"), Normaliser.fold("Pasūtījums NAV atnācis"));
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
}
