package io.redress.triage.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.triage.analysis.Lexicons;
import io.redress.triage.analysis.TextAnalyser;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.DefaultRules;
import io.redress.triage.service.DefaultLanguages;

class ComplainerTypeTest {

    private static final Decider DECIDER = new Decider(new TextAnalyser(Lexicons.load(DefaultLanguages.all())));
    private static final CompiledRules RULES = new CompiledRules(1,
            DefaultRules.load(DefaultLanguages.all(), new ObjectMapper()));

    private static Decision decide(String text, String channel, String visibility) {
        return DECIDER.decide(new ComplaintFacts(text, channel, visibility, 0, 0, null), "en", 1.0, RULES);
    }

    @Test
    void aCalmLetterThatNamesTheRegulatorIsConstructiveAndStillFlagged() {
        Decision decision = decide("Dear PayWise, on 3 October you charged my card twice for order 55102 (screenshot "
                + "attached). If the second charge is not refunded by Friday I will take it to the ombudsman.",
                "email", "private");
        assertEquals("constructive", decision.complainerType(), decision.reasons().toString());
        assertTrue(decision.flags().contains("legal-threat"));
        assertEquals("P2", decision.priority());
    }

    @Test
    void aLegalThreatWithShoutingOrInsultsIsAggressive() {
        Decision decision = decide("@PayWise YOU CHARGED ME TWICE, you thieves!!! My lawyer will sue you", "x",
                "public");
        assertEquals("aggressive", decision.complainerType(), decision.reasons().toString());
    }
}
