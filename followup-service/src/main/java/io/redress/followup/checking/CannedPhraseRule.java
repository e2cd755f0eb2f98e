package io.redress.followup.checking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People notice canned phrases: a sentence of five words or more already sent to this customer is flagged. */
public class CannedPhraseRule implements ReplyRule {

    public static final String NAME = "canned-phrase";
    private static final Pattern SENTENCE = Pattern.compile("[^.!?।\\n]+");
    private static final int MIN_WORDS = 5;

    @Override
    public List<Finding> check(ReplyContext reply) {
        Set<String> sent = new HashSet<>();
        for (String earlier : reply.earlierReplies()) {
            Matcher matcher = SENTENCE.matcher(earlier);
            while (matcher.find()) {
                sent.add(normalise(matcher.group()));
            }
        }
        List<Finding> found = new ArrayList<>();
        Matcher matcher = SENTENCE.matcher(reply.text());
        while (matcher.find()) {
            String sentence = normalise(matcher.group());
            if (sentence.split(" ").length >= MIN_WORDS && sent.contains(sentence)) {
                int start = matcher.start() + leadingSpace(matcher.group());
                found.add(new Finding(NAME, Finding.Severity.WARN, start, matcher.end(),
                        reply.text().substring(start, matcher.end()),
                        "this sentence was already sent to this customer word for word"));
            }
        }
        return found;
    }

    private static String normalise(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int leadingSpace(String sentence) {
        return sentence.length() - sentence.stripLeading().length();
    }
}
