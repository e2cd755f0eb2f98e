package io.redress.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.redress.followup.checking.Finding;
import io.redress.followup.checking.ReplyChecker;
import io.redress.followup.checking.ReplyContext;

class ReplyCheckerTest {

    private final ReplyChecker checker = new ReplyChecker();

    private List<Finding> check(String text) {
        return checker.check(new ReplyContext(text, true, List.of(), List.of(), Set.of()));
    }

    private List<Finding> rule(String rule, List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @ParameterizedTest(name = "blocks: {0}")
    @CsvSource(delimiter = '|', value = {
            "We are sorry, but the courier lost it.|sorry, but",
            "I apologise for the delay however our policy is clear.|apologise for the delay however",
            "Lo siento, pero no podemos hacer nada.|Lo siento, pero",
            "Es tut uns leid, aber das ist nicht möglich.|Es tut uns leid, aber",
            "Kami mohon maaf tetapi ini bukan salah kami.|mohon maaf tetapi",
            "Atvainojamies, bet tā ir politika.|Atvainojamies, bet",
            "আমরা দুঃখিত কিন্তু কিছু করার নেই।|দুঃখিত কিন্তু"})
    void anApologyTakenBackByButIsBlockedWithItsSpan(String text, String span) {
        List<Finding> found = rule("apology-but", check(text));
        assertEquals(1, found.size(), text);
        Finding finding = found.get(0);
        assertEquals(Finding.Severity.BLOCK, finding.severity());
        assertEquals(span, finding.text());
        assertEquals(text.indexOf(span), finding.start());
        assertEquals(text.indexOf(span) + span.length(), finding.end());
    }

    @ParameterizedTest(name = "passes: {0}")
    @ValueSource(strings = {"We are sorry this happened. We are fixing it now.",
            "Sorry for the wait. But here is the good news: it shipped.", "Lo sentimos mucho.",
            "Es tut uns leid, dass das passiert ist."})
    void anApologyThatStandsIsNotFlagged(String text) {
        assertEquals(List.of(), rule("apology-but", check(text)));
    }

    @ParameterizedTest(name = "blocks: {0}")
    @ValueSource(strings = {"You should have read the instructions.", "This is your own fault.",
            "That was user error.", "Es su culpa.", "Das ist Ihre Schuld.", "Ini salah anda.", "Tā ir jūsu vaina."})
    void blamingTheCustomerIsBlocked(String text) {
        assertEquals(1, rule("blame", check(text)).size(), text);
    }

    @ParameterizedTest(name = "passes: {0}")
    @ValueSource(strings = {"That was our fault, and we are fixing it.", "You should receive it by Friday."})
    void owningTheProblemIsNotBlame(String text) {
        assertEquals(List.of(), rule("blame", check(text)));
    }

    @ParameterizedTest(name = "blocks: {0}")
    @ValueSource(strings = {"Good luck with that.", "lol, no.", "Hahaha we will see.", "Nice try.",
            "Calm down please.", "Sure, right 🙄", "jajaja", "Viel Glück damit."})
    void mockeryIsBlocked(String text) {
        assertTrue(!rule("mockery", check(text)).isEmpty(), text);
    }

    @ParameterizedTest(name = "passes: {0}")
    @ValueSource(strings = {"Thank you for your patience.", "We wish you good luck with the move!",
            "Please read the enclosed letter."})
    void aPoliteReplyIsNotMockery(String text) {
        assertEquals(List.of(), rule("mockery", check(text)));
    }

    @ParameterizedTest(name = "blocks in public: {0}")
    @CsvSource(delimiter = '|', value = {
            "Write to rina.ozola@example.lv for details.|rina.ozola@example.lv",
            "We called you on +371 2612 3456 today.|+371 2612 3456",
            "The parcel went to 221 Baker Street yesterday.|221 Baker Street",
            "It was sent to Brīvības iela 12 on Monday.|Brīvības iela 12",
            "Your order number AB-77812 is on its way.|order number AB-77812",
            "See ticket #884213.|#884213"})
    void privateDataInAPublicReplyIsBlocked(String text, String span) {
        List<Finding> found = rule("private-data", check(text));
        assertEquals(1, found.size(), text + " → " + found);
        assertEquals(span, found.get(0).text());
    }

    @Test
    void theSameDataInAPrivateReplyAndHarmlessNumbersInAPublicOneAreFine() {
        assertEquals(List.of(), rule("private-data", checker.check(new ReplyContext(
                "Write to rina.ozola@example.lv or call +371 2612 3456.", false, List.of(), List.of(), Set.of()))));
        assertEquals(List.of(), rule("private-data",
                check("We shipped 3 items on 12.11.2026 and your order arrives in 2 days.")));
    }

    @Test
    void wordsTakenFromAPrivateMessageAreBlockedInPublic() {
        String secret = "My husband lost his job and we cannot pay the February invoice";
        String reply = "Thanks! We understand that your husband lost his job and we cannot pay is hard.";
        List<Finding> found = rule("private-data", checker.check(
                new ReplyContext(reply, true, List.of(secret), List.of(), Set.of())));
        assertEquals(1, found.size());
        assertEquals("husband lost his job and we cannot pay", found.get(0).text());
        assertEquals(List.of(), rule("private-data", checker.check(new ReplyContext(
                "We understand, and we are on it.", true, List.of(secret), List.of(), Set.of()))));
    }

    @Test
    void aRemedyPromiseNeedsAnApprovedRemedyOfThatKind() {
        String text = "We will refund you today and add a discount code.";
        List<Finding> none = rule("unapproved-remedy", check(text));
        assertEquals(List.of("refund", "discount"), none.stream().map(Finding::text).toList());
        List<Finding> refundApproved = rule("unapproved-remedy", checker.check(
                new ReplyContext(text, true, List.of(), List.of(), Set.of("refund"))));
        assertEquals(List.of("discount"), refundApproved.stream().map(Finding::text).toList());
        assertEquals(List.of(), rule("unapproved-remedy", check("We are checking with the courier.")));
    }

    @Test
    void aSentenceAlreadySentToThisCustomerIsAWarningNotABlock() {
        String earlier = "We take every complaint very seriously. The courier was told.";
        String text = "Thanks for writing again. We take every complaint   very seriously.";
        List<Finding> found = checker.check(new ReplyContext(text, false, List.of(), List.of(earlier), Set.of()));
        assertEquals(1, found.size());
        assertEquals("canned-phrase", found.get(0).rule());
        assertEquals(Finding.Severity.WARN, found.get(0).severity());
        assertEquals("We take every complaint   very seriously", found.get(0).text());
        assertTrue(!ReplyChecker.blocks(found));
        assertEquals(List.of(), checker.check(new ReplyContext("Thanks. The courier was told.", false,
                List.of(), List.of(earlier), Set.of())), "short sentences are not canned phrases");
    }
}
