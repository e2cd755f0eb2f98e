package io.redress.triage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static int found(PhraseMatcher<String> matcher, String text) {
        String folded = Normaliser.fold(text);
        return matcher.find(Normaliser.words(folded), folded).size();
    }

    @Test
    void twoSpellingsThatFoldAlikeAreFoundOnce() {
        var matcher = new PhraseMatcher<String>();
        matcher.add("đơn hàng", "order");
        matcher.add("don hang", "order");
        matcher.add("chậm*", "late");
        matcher.add("cham*", "late");
        matcher.add("遅延", "late");
        matcher.add("遅延", "late");
        assertEquals(2, found(matcher, "Đơn hàng giao chậm quá"));
        assertEquals(1, found(matcher, "配送が遅延しています"));
    }

    @Test
    void oneSpellingStandingForTwoThingsIsFoundForEach() {
        var matcher = new PhraseMatcher<String>();
        matcher.add("refund", "complaint");
        matcher.add("refund", "billing");
        assertEquals(2, found(matcher, "I want a refund"));
    }

    @Test
    void aWordStartingWithAPrefixIsFoundForItAndNotForAnotherOfTheSameHash() {
        var matcher = new PhraseMatcher<String>();
        // "aan" and "ac0" have the same String hash code.
        matcher.add("aan*", "first");
        matcher.add("ac0*", "second");
        matcher.add("aanvr*", "longer");
        String folded = Normaliser.fold("aanvraag");
        assertEquals(java.util.List.of("first", "longer"), matcher.find(Normaliser.words(folded), folded).stream()
                .map(PhraseMatcher.Match::value).toList());
        assertEquals(1, found(matcher, "ac0123"));
        assertEquals(0, found(matcher, "aa ac"));
    }
}
