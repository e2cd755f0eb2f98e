package io.redress.triage.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.redress.events.v1.ComplaintTriaged.PlaybookStep;

/**
 * The recommended response steps, drawn from the practice of handling angry customers online (see the seed
 * articles): apologise without "but", do not argue in public, take it offline, thank and fix, keep them
 * informed, meet a clear fault without argument, and part ways with those who only want something free.
 */
public final class Playbook {

    enum Step {
        ESCALATE_SAFETY("escalate-safety", "Escalate to the safety and legal team now; nobody replies before they have seen it."),
        OFFER_CARE("offer-care", "Reply privately and with care, give the local crisis line, and escalate to the safety team now."),
        INVOLVE_LEGAL("involve-legal", "Pass it to legal before replying; state only facts you have checked."),
        APOLOGISE_PUBLICLY("apologise-publicly", "Apologise in public, without \"but\": everything after \"I'm sorry, but\" is all they hear."),
        DO_NOT_ARGUE("do-not-argue", "Do not argue in public, and never mock, hide or delete the post."),
        TAKE_OFFLINE("take-offline", "Offer to take it offline: ask for a phone number or e-mail address and call them."),
        EMPATHISE("empathise", "Acknowledge how they feel and the problem in your own words before offering any fix."),
        REACH_OUT("reach-out", "They did not write to you: answer where they posted, own the problem and offer help."),
        THANK_FOR_DETAILS("thank-for-details", "Thank them for the clear details."),
        MEET_CLEAR_FAULT("meet-clear-fault", "It is a clear fault: offer a refund, an exchange or a manager, without argument."),
        FIX_AND_INFORM("fix-and-inform", "Fix it and keep them informed until they say it is resolved."),
        INVITE_ADVOCATE("invite-advocate", "Once it is resolved, invite them to share their experience: helped well, they become advocates."),
        STANDARD_REMEDY("standard-remedy", "Offer the standard remedy only; if they keep asking for more, refund, wish them well and part ways."),
        EXPLAIN_PUBLICLY("explain-publicly", "If it proves unfounded, publish a calm, factual explanation where it was posted, so others see it was not ignored."),
        KEEP_CUSTOMER("keep-customer", "They may leave: someone who can decide should contact them today."),
        READ_HISTORY("read-history", "They have complained before: read the earlier cases first so they need not repeat themselves."),
        ANSWER_QUESTION("answer-question", "Not a complaint: answer the question or thank them, and keep it short.");

        private final String id;
        private final String text;

        Step(String id, String text) {
            this.id = id;
            this.text = text;
        }

        PlaybookStep toEvent() {
            return new PlaybookStep(id, text);
        }
    }

    private static final Set<String> CLEAR_FAULTS = Set.of("billing", "delivery", "product-defect");

    private Playbook() {
    }

    public static List<PlaybookStep> steps(boolean complaint, String complainerType, Set<String> flags,
            String category, boolean isPublic) {
        List<Step> steps = new ArrayList<>();
        if (flags.contains("threat")) {
            steps.add(Step.ESCALATE_SAFETY);
        }
        if (flags.contains("self-harm")) {
            steps.add(Step.OFFER_CARE);
        }
        if (flags.contains("legal-threat")) {
            steps.add(Step.INVOLVE_LEGAL);
        }
        if (!complaint) {
            steps.add(Step.ANSWER_QUESTION);
            return steps.stream().map(Step::toEvent).toList();
        }
        if (flags.contains("repeat-complainer")) {
            steps.add(Step.READ_HISTORY);
        }
        switch (complainerType) {
            case "aggressive" -> {
                if (isPublic) {
                    steps.addAll(List.of(Step.APOLOGISE_PUBLICLY, Step.DO_NOT_ARGUE, Step.TAKE_OFFLINE));
                } else {
                    steps.addAll(List.of(Step.EMPATHISE, Step.TAKE_OFFLINE));
                }
            }
            case "passive" -> steps.add(Step.REACH_OUT);
            default -> steps.add(Step.THANK_FOR_DETAILS);
        }
        if (flags.contains("freebie-seeking")) {
            steps.add(Step.STANDARD_REMEDY);
        } else if (CLEAR_FAULTS.contains(category)) {
            steps.add(Step.MEET_CLEAR_FAULT);
        } else if (isPublic) {
            steps.add(Step.EXPLAIN_PUBLICLY);
        }
        if (flags.contains("churn-risk")) {
            steps.add(Step.KEEP_CUSTOMER);
        }
        steps.add(Step.FIX_AND_INFORM);
        if (!"aggressive".equals(complainerType) && !flags.contains("freebie-seeking")) {
            steps.add(Step.INVITE_ADVOCATE);
        }
        return steps.stream().map(Step::toEvent).toList();
    }
}
