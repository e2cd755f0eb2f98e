package io.redress.followup.checking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule made of phrase patterns in several languages; every match is a finding. Patterns use only bounded
 * repetition, so no reply can make them backtrack for long.
 */
public class PhraseRule implements ReplyRule {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final String name;
    private final Finding.Severity severity;
    private final String message;
    private final List<Pattern> patterns;

    public PhraseRule(String name, Finding.Severity severity, String message, List<String> patterns) {
        this.name = name;
        this.severity = severity;
        this.message = message;
        this.patterns = patterns.stream().map(pattern -> Pattern.compile(pattern, FLAGS)).toList();
    }

    @Override
    public List<Finding> check(ReplyContext reply) {
        List<Finding> found = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(reply.text());
            while (matcher.find()) {
                found.add(new Finding(name, severity, matcher.start(), matcher.end(), matcher.group(), message));
            }
        }
        return found;
    }
}
