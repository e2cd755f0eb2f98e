package io.redress.followup.checking;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Runs every rule over a reply; findings come back in text order. */
@ApplicationScoped
public class ReplyChecker {

    private final List<ReplyRule> rules = List.of(
            new PhraseRule("apology-but", Finding.Severity.BLOCK,
                    "an apology followed by 'but' takes the apology back", Phrases.APOLOGY_BUT),
            new PhraseRule("blame", Finding.Severity.BLOCK, "puts the fault on the customer", Phrases.BLAME),
            new PhraseRule("mockery", Finding.Severity.BLOCK, "reads as mockery or sarcasm", Phrases.MOCKERY),
            new PrivateDataRule(),
            new UnapprovedRemedyRule(),
            new CannedPhraseRule());

    public List<Finding> check(ReplyContext reply) {
        return rules.stream().flatMap(rule -> rule.check(reply).stream())
                .sorted(Comparator.comparingInt(Finding::start).thenComparing(Finding::rule))
                .toList();
    }

    public static boolean blocks(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Finding.Severity.BLOCK);
    }
}
