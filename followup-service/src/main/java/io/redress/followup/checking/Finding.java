package io.redress.followup.checking;

/** One problem in a reply: the rule, how serious, and the offending span of the text ({@code end} exclusive). */
public record Finding(String rule, Severity severity, int start, int end, String text, String message) {

    public enum Severity {
        /** The reply cannot be sent as it is. */
        BLOCK,
        /** The reply may be sent; the agent should look again. */
        WARN
    }
}
