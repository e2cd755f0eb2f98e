package io.redress.followup.checking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A reply may mention a refund, replacement, gift… only once a remedy of that kind is approved for the case. */
public class UnapprovedRemedyRule implements ReplyRule {

    public static final String NAME = "unapproved-remedy";

    private static final Map<String, Pattern> WORDS = Phrases.REMEDY_WORDS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    entry -> Pattern.compile(entry.getValue(), PhraseRule.FLAGS)));

    @Override
    public List<Finding> check(ReplyContext reply) {
        List<Finding> found = new ArrayList<>();
        WORDS.forEach((kind, pattern) -> {
            if (reply.approvedRemedies().contains(kind)) {
                return;
            }
            Matcher matcher = pattern.matcher(reply.text());
            while (matcher.find()) {
                found.add(new Finding(NAME, Finding.Severity.BLOCK, matcher.start(), matcher.end(), matcher.group(),
                        "promises a " + kind + " that has not been approved for this case"));
            }
        });
        return found;
    }
}
