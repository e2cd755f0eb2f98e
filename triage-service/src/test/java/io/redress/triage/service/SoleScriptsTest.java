package io.redress.triage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.pemistahl.lingua.api.Language;

class SoleScriptsTest {

    private static SoleScripts soleScripts;

    @BeforeAll
    static void load() {
        soleScripts = new SoleScripts(new LanguageShortlist(List.of(Language.ENGLISH, Language.BENGALI, Language.GREEK,
                Language.RUSSIAN, Language.UKRAINIAN, Language.CHINESE, Language.JAPANESE, Language.HINDI)).scripts());
    }

    @Test
    void aTextInAScriptOnlyOneLanguageWritesIsThatLanguageEvenWithABrandInLatinLetters() {
        assertEquals(Optional.of(Language.BENGALI), soleScripts.of("ShopCo আমার অর্ডার এখনো আসেনি, টাকা ফেরত চাই"));
        assertEquals(Optional.of(Language.GREEK), soleScripts.of("Η παραγγελία μου δεν έφτασε ακόμα"));
        assertEquals(Optional.of(Language.HINDI), soleScripts.of("ShopCo का हेडफोन एक हफ्ते में खराब हो गया।"));
    }

    @Test
    void sharedScriptsChineseCharactersMixedScriptsAndMostlyLatinTextsAreLeftToLingua() {
        assertEquals(Optional.empty(), soleScripts.of("Где мой заказ? Уже две недели жду"), "Russian and Ukrainian");
        assertEquals(Optional.empty(), soleScripts.of("我的订单还没到"), "Chinese characters are Japanese too");
        assertEquals(Optional.empty(), soleScripts.of("注文した商品がまだ届いていません"));
        assertEquals(Optional.empty(), soleScripts.of("My order from the Athens store says παραδόθηκε but nothing came"));
        assertEquals(Optional.empty(), soleScripts.of("আমার অর্ডার Η παραγγελία"));
        assertEquals(Optional.empty(), soleScripts.of("12 34 !! 😡😡"));
    }
}
