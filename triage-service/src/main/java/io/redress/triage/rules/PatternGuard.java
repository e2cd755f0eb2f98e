package io.redress.triage.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Checks an operator's regular expression before it is stored. Patterns run on RE2/J, whose matching time is
 * linear in the text for every pattern, so no rule can hang triage with catastrophic backtracking. Nested
 * quantifiers ({@code (a+)+}) are refused all the same: they are the classic ReDoS shape, they mean nothing a
 * simpler pattern cannot say, and refusing them keeps the rules safe to copy into a backtracking engine.
 */
public final class PatternGuard {

    static final int MAX_LENGTH = 200;

    private PatternGuard() {
    }

    /** Why the pattern is refused, or empty if it is acceptable. Never throws. */
    public static Optional<String> problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (pattern.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return Optional.of("is not a valid RE2 regular expression: " + e.getDescription());
        } catch (RuntimeException e) {
            return Optional.of("is not a valid RE2 regular expression");
        }
        if (hasNestedQuantifier(pattern)) {
            return Optional.of("must not repeat a group that itself repeats, like (a+)+");
        }
        if (Pattern.compile(pattern).matches("")) {
            return Optional.of("must not match empty text");
        }
        return Optional.empty();
    }

    /** A repetition ({@code * + {n,m}}) right after a group that contains a quantifier. */
    static boolean hasNestedQuantifier(String pattern) {
        Deque<Boolean> groupHasQuantifier = new ArrayDeque<>();
        boolean current = false;
        boolean lastClosedGroupHadQuantifier = false;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean closedGroupBefore = lastClosedGroupHadQuantifier;
            lastClosedGroupHadQuantifier = false;
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> {
                    groupHasQuantifier.push(current);
                    current = false;
                }
                case ')' -> {
                    boolean inner = current;
                    current = (groupHasQuantifier.isEmpty() ? false : groupHasQuantifier.pop()) || inner;
                    lastClosedGroupHadQuantifier = inner;
                }
                case '*', '+', '{' -> {
                    if (closedGroupBefore) {
                        return true;
                    }
                    current = true;
                }
                case '?' -> current = true;
                default -> {
                }
            }
        }
        return false;
    }
}
