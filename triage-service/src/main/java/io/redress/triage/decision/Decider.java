package io.redress.triage.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.redress.events.v1.ComplaintTriaged.SlaPolicy;
import io.redress.triage.analysis.Analysis;
import io.redress.triage.analysis.Normaliser;
import io.redress.triage.analysis.TextAnalyser;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.RuleSet;
import io.redress.triage.rules.RuleValidator;
import io.redress.triage.rules.Thresholds;

/**
 * Turns a complaint's words and facts into a decision under one version of the operators' rules: category and
 * product from keyword rules, complainer type, flags, priority, team, SLA policy and playbook. Pure and
 * thread-safe, so the evaluation runs exactly what the service runs.
 */
public final class Decider {

    public static final String SAFETY_TEAM = "safety-legal";
    private static final Set<String> ESCALATING = Set.of("threat", "self-harm");

    private final TextAnalyser analyser;

    public Decider(TextAnalyser analyser) {
        this.analyser = analyser;
    }

    public Decision decide(ComplaintFacts facts, String language, double languageConfidence, CompiledRules rules) {
        return decide(facts, language, languageConfidence, null, rules);
    }

    /** As above, saying in the language's reason how it was told ("by its script", "by Lingua"). */
    public Decision decide(ComplaintFacts facts, String language, double languageConfidence, String languageBasis,
            CompiledRules rules) {
        Analysis analysis = analyser.analyse(facts.text(), language);
        List<String> reasons = new ArrayList<>();
        reasons.add("und".equals(language) ? "language could not be told"
                : String.format("language %s detected%s (confidence %.2f)", language,
                        languageBasis == null ? "" : " " + languageBasis, languageConfidence));
        reasons.addAll(analysis.reasons());
        reasons.add(String.format("complaint score %.2f, sentiment %.2f, anger %.2f", analysis.complaintScore(),
                analysis.sentiment(), analysis.anger()));

        String folded = Normaliser.fold(facts.text());
        // English keywords apply to every text, minus the language's false friends of them.
        List<CompiledRules.Hit> hits = rules.find(languagesOf(language), Normaliser.words(folded), folded, facts.text())
                .stream().filter(hit -> !("en".equals(hit.rule().language())
                        && analyser.notEnglish(language, hit.matched())))
                .toList();
        String category = strongest(hits, "category");
        String product = strongest(hits, "product");
        reasons.add(category == null ? "category other: no category keyword matched"
                : "category " + category + ": " + matched(hits, "category", category));
        if (product != null) {
            reasons.add("product " + product + ": " + matched(hits, "product", product));
        }
        category = category == null ? "other" : category;

        double complaintScore = analysis.complaintScore();
        if (!aimsAtTheBrand(analysis, facts, category, product)) {
            complaintScore = complaintScore * 0.45;
            reasons.add("a feeling aimed at no one: the brand not addressed, no demand, no problem with or "
                    + "judgement of anything it sells or does");
        } else if (!"other".equals(category) && analysis.sentiment() < 0) {
            // A negative text about something the rules know (an invoice, a parcel) is most likely a complaint.
            complaintScore = Math.min(1, complaintScore + 0.15);
        }
        boolean complaint = complaintScore >= rules.threshold(Thresholds.COMPLAINT);
        Set<String> flags = new LinkedHashSet<>(analysis.flags());
        boolean wideReach = facts.isPublic() && facts.followers() >= rules.threshold(Thresholds.WIDE_REACH_FOLLOWERS);
        if (wideReach) {
            flags.add("public-reach");
        }
        if (facts.priorComplaints() >= rules.threshold(Thresholds.REPEAT_COMPLAINTS)) {
            flags.add("repeat-complainer");
            reasons.add("repeat complainer: " + facts.priorComplaints() + " earlier complaints");
        }
        String complainerType = complainerType(complaint, analysis, facts, flags, rules, reasons);

        String priority = priority(complaint, flags, wideReach, facts, analysis, rules, reasons);
        String team = team(category, language, flags, rules, reasons);
        RuleSet.SlaPolicyRule policy = rules.slaPolicy(priority);
        reasons.add("SLA policy " + policy.name() + " for " + priority + " (rules version " + rules.version() + ")");
        return new Decision(language, languageConfidence, Math.round(complaintScore * 1000) / 1000.0, analysis.sentiment(),
                analysis.anger(), complainerType, List.copyOf(flags), category, product, priority, team,
                new SlaPolicy(policy.name(), policy.firstResponse(), policy.nextResponse(), policy.resolution(),
                        policy.calendar()),
                Playbook.steps(complaint, complainerType, flags, category, facts.isPublic()), reasons);
    }

    /**
     * Sadness about a lost match or anger at the rain is no complaint, however strong. A text aims at the brand when
     * it is written to it, addresses or demands, names problems ("fails", "has not arrived") in words that judge
     * them or more than once, or names a problem with or judges something the rules know it sells or does. A lone
     * "nobody" or "still" beside a sad emoji, or a purchase named ("bought a kettle to cheer me up after the
     * break-up"), is not enough.
     */
    private static boolean aimsAtTheBrand(Analysis analysis, ComplaintFacts facts, String category, String product) {
        boolean namesWhatItSells = !"other".equals(category) || product != null;
        return facts.isDirect() || analysis.aimed() || analysis.problems() >= 2
                || analysis.problems() > 0 && (namesWhatItSells || analysis.judging())
                || namesWhatItSells && analysis.judging();
    }

    /** Malay and Indonesian keywords are applied to each other's texts, as their lexicons are. */
    static List<String> languagesOf(String language) {
        return switch (language) {
            case "ms" -> List.of("ms", "id", "en");
            case "id" -> List.of("id", "ms", "en");
            case "en" -> List.of("en");
            default -> List.of(language, "en");
        };
    }

    private static String complainerType(boolean complaint, Analysis analysis, ComplaintFacts facts,
            Set<String> flags, CompiledRules rules, List<String> reasons) {
        if (!complaint) {
            return "unknown";
        }
        boolean angry = analysis.anger() >= rules.threshold(Thresholds.ANGER);
        if (analysis.aggression() >= rules.threshold(Thresholds.AGGRESSION) || flags.contains("threat")
                || flags.contains("abuse") || (flags.contains("legal-threat") && !calmLetter(analysis, angry))
                || (angry && analysis.aggression() >= 1)) {
            reasons.add(String.format("aggressive: %.1f aggression points (shouting, threats, abuse, conclusions, demands)",
                    analysis.aggression()));
            return "aggressive";
        }
        if (!facts.isDirect() && analysis.addressing() == 0) {
            reasons.add("passive: a public post about the brand that does not address it");
            return "passive";
        }
        reasons.add("constructive: calm" + (analysis.details() > 0 ? ", with " + analysis.details() + " details" : "")
                + (facts.isDirect() ? ", written to the brand" : ", addressing the brand"));
        return "constructive";
    }

    /**
     * A letter that names the regulator or lawyer it will turn to, calmly and with details, and with no other sign
     * of aggression (the legal cue alone gives half a point): a constructive complainer who knows their rights. The
     * legal-threat flag, its priority and its team stay.
     */
    private static boolean calmLetter(Analysis analysis, boolean angry) {
        return !angry && analysis.aggression() <= 0.5 && analysis.details() >= 2;
    }

    private static String priority(boolean complaint, Set<String> flags, boolean wideReach, ComplaintFacts facts,
            Analysis analysis, CompiledRules rules, List<String> reasons) {
        Set<String> escalating = new LinkedHashSet<>(flags);
        escalating.retainAll(ESCALATING);
        if (!escalating.isEmpty()) {
            reasons.add("P1: " + String.join(", ", escalating) + ": escalate at once");
            return "P1";
        }
        if (flags.contains("legal-threat")) {
            reasons.add("P2: legal threat");
            return "P2";
        }
        if (complaint && wideReach) {
            reasons.add("P2: public complaint with wide reach: " + facts.followers() + " followers (threshold "
                    + (long) rules.threshold(Thresholds.WIDE_REACH_FOLLOWERS) + ")");
            return "P2";
        }
        if (complaint && facts.isPublic() && analysis.anger() >= rules.threshold(Thresholds.ANGER)
                && flags.contains("churn-risk")) {
            reasons.add("P2: angry public complaint from a customer about to leave");
            return "P2";
        }
        if (complaint || flags.contains("churn-risk") || flags.contains("repeat-complainer")) {
            reasons.add("P3: a complaint without escalating cues");
            return "P3";
        }
        reasons.add("P4: not a complaint (praise, a question or a remark)");
        return "P4";
    }

    private static String team(String category, String language, Set<String> flags, CompiledRules rules,
            List<String> reasons) {
        boolean safety = flags.contains("threat") || flags.contains("self-harm") || flags.contains("legal-threat");
        if (safety && rules.rules().teams().stream().anyMatch(t -> t.name().equals(SAFETY_TEAM))) {
            reasons.add("team " + SAFETY_TEAM + ": threats and legal threats go to safety and legal");
            return SAFETY_TEAM;
        }
        String team = rules.team(category, language).orElse(null);
        reasons.add(team == null ? "no route for " + category + " in " + language
                : "team " + team + ": routed for " + category + " in " + language);
        return team;
    }

    /**
     * The target with most words matched; ties go to the first in the rule validator's order (more specific
     * first). A word counts once however many languages' rules list it: Malay and Indonesian share "beli".
     */
    private static String strongest(List<CompiledRules.Hit> hits, String kind) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (CompiledRules.Hit hit : hits) {
            if (hit.rule().kind().equals(kind)) {
                words.computeIfAbsent(hit.rule().target(), t -> new HashSet<>()).add(hit.matched());
            }
        }
        return words.entrySet().stream()
                .max((a, b) -> a.getValue().size() == b.getValue().size()
                        ? Integer.compare(rank(b.getKey()), rank(a.getKey()))
                        : Integer.compare(a.getValue().size(), b.getValue().size()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static int rank(String target) {
        int index = RuleValidator.CATEGORIES.indexOf(target);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String matched(List<CompiledRules.Hit> hits, String kind, String target) {
        return hits.stream().filter(h -> h.rule().kind().equals(kind) && h.rule().target().equals(target))
                .map(h -> "\"" + h.matched() + "\"").distinct().collect(Collectors.joining(", "));
    }
}
