package io.redress.triage.analysis;

import java.util.List;
import java.util.Set;

/**
 * What the words of one text say, before any operator rule: how likely it is a complaint, its sentiment and
 * anger, the cues of an aggressive or constructive complainer, the flags the words raise, and the reasons for
 * all of it with the matched words.
 *
 * @param aggression points for shouting, threats, abuse, jumping to conclusions and unreasonable demands
 * @param details order numbers, dates, steps tried: what a constructive complainer gives
 * @param addressing words that speak to the brand ("you", "your team", an @handle)
 * @param flags flags raised by the words alone (threat, self-harm, legal-threat, abuse, freebie-seeking, churn-risk)
 * @param aimed whether the words aim at someone who can act: a demand, an @handle, a flag other than abuse, or
 *        words addressing the brand about a problem
 * @param problems problems the words name ("has not arrived", "not working"); emoji show feelings, not problems
 * @param judging whether negative words (not only emoji) judge something: "junk", "overpriced", "rude"
 */
public record Analysis(
        double complaintScore,
        double sentiment,
        double anger,
        double aggression,
        int details,
        int addressing,
        Set<String> flags,
        boolean aimed,
        int problems,
        boolean judging,
        List<String> reasons) {
}
