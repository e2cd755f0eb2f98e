package io.redress.triage.decision;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.analysis.Lexicons;
import io.redress.triage.analysis.TextAnalyser;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.DefaultRules;
import io.redress.triage.service.DefaultLanguages;

/** A complaint aims at the brand; a strong feeling about a match, the rain or a loss does not. */
class ComplaintOrFeelingTest {

    private static final Decider DECIDER = new Decider(new TextAnalyser(Lexicons.load(DefaultLanguages.all())));
    private static final CompiledRules RULES = new CompiledRules(1,
            DefaultRules.load(DefaultLanguages.all(), new ObjectMapper()));

    private static Decision decide(String text, String language, String channel) {
        return DECIDER.decide(new ComplaintFacts(text, channel, "public", 0, 0, null), language, 1.0, RULES);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lost 0-3 at home again 😭💔 worst night of the season           | en
            Locked myself out in the rain, phone inside. Genius 🤦           | en
            Bought a kettle from ShopCo to cheer me up after the break-up 💔 | en
            Zase jsme prohráli v prodloužení 😞 jdu spát                     | cs
            Norge tapte 0-3 i kveld 😞 for en elendig kveld                  | nb
            """)
    void aFeelingAimedAtNoOneIsNoComplaint(String text, String language) {
        Decision decision = decide(text, language, "x");
        assertTrue(decision.complaintScore() < 0.5, decision.reasons().toString());
        assertTrue(decision.reasons().stream().anyMatch(r -> r.startsWith("a feeling aimed at no one")),
                decision.reasons().toString());
        assertTrue(decision.sentiment() < 0, "still a negative feeling: " + decision.reasons());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ShopCo headphones broke after a week. Cheap junk.          | en
            Bei ShopCo ist alles viel zu teuer geworden                | de
            ShopCo austiņas salūza pēc nedēļas. Briesmīga kvalitāte.   | lv
            Harga barang kat ShopCo makin mahal sekarang               | ms
            @NetLink lost 0-3 and my internet dropped during the match 😭 | en
            Checkout fails with error QX-4471 on my tablet              | en
            """)
    void aPublicPostJudgingWhatTheBrandSellsOrAddressingItIsAComplaint(String text, String language) {
        Decision decision = decide(text, language, "x");
        assertTrue(decision.complaintScore() >= 0.5, decision.reasons().toString());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            @ShopCo CS goblok, tolol, gak pernah dibalas                           | id
            Esta deuda y sus llamadas diarias me tienen destrozado, quiero morir. | es
            """)
    void abuseAndDespairAreNegativeWithoutANegativeWord(String text, String language) {
        Decision decision = decide(text, language, "x");
        assertTrue(decision.sentiment() <= -0.1, decision.reasons().toString());
    }
}
