package io.redress.triage.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.analysis.Lexicons;
import io.redress.triage.analysis.TextAnalyser;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.DefaultRules;
import io.redress.triage.service.DefaultLanguages;

class CategoryTest {

    private static final Decider DECIDER = new Decider(new TextAnalyser(Lexicons.load(DefaultLanguages.all())));
    private static final CompiledRules RULES = new CompiledRules(1,
            DefaultRules.load(DefaultLanguages.all(), new ObjectMapper()));

    private static String category(String text, String language) {
        return DECIDER.decide(new ComplaintFacts(text, "x", "public", 0, 0, null), language, 1.0, RULES).category();
    }

    @Test
    void aWordBothMalayAndIndonesianRulesListCountsOnce() {
        // "beli" (bought) is a delivery word in both lists; the two defect words must outweigh it, not tie with it.
        assertEquals("product-defect",
                category("Pengering rambut yang saya beli semalam dah rosak, tak berfungsi langsung.", "ms"));
    }

    @Test
    void theCategoryWithMoreWordsWins() {
        assertEquals("billing", category("I was charged twice and the refund for my order never came", "en"));
    }

    @Test
    void anEnglishKeywordIsNotReadInAWordOfTheLanguageThatOnlyLooksLikeIt() {
        // English price* would take Croatian priče (stories) and pričekajte (please wait) for pricing.
        assertEquals("delivery", category("Pričekajte, kažu, a paket kasni već tjedan dana, priče bez kraja", "hr"));
        assertEquals("pricing", category("The price went up again without notice", "en"));
    }
}
