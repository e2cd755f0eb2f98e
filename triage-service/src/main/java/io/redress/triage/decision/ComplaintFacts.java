package io.redress.triage.decision;

/**
 * What triage knows about a complaint besides its words.
 *
 * @param inReplyTo set when the post answers one of the brand's posts: the customer addresses the brand
 */
public record ComplaintFacts(String text, String channel, String visibility, long followers, int priorComplaints,
        String inReplyTo) {

    private static final java.util.Set<String> DIRECT_CHANNELS = java.util.Set.of("email", "webform", "messenger",
            "phone", "chat");

    public boolean isPublic() {
        return "public".equals(visibility);
    }

    /** Written to the brand itself rather than about it. */
    public boolean isDirect() {
        return !isPublic() || DIRECT_CHANNELS.contains(channel) || inReplyTo != null;
    }
}
