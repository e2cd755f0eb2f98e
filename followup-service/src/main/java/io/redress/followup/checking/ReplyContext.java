package io.redress.followup.checking;

import java.util.List;
import java.util.Set;

/**
 * What a rule may look at: the reply, whether it is public, the case's private texts (customer messages and
 * private replies), earlier replies to the same customer, and the kinds of remedy approved for the case.
 */
public record ReplyContext(String text, boolean isPublic, List<String> privateTexts, List<String> earlierReplies,
        Set<String> approvedRemedies) {
}
