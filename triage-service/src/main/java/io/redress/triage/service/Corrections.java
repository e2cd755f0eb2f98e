package io.redress.triage.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.redress.events.v1.ComplaintTriaged.SlaPolicy;
import io.redress.triage.model.TriageCorrection;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.repository.ComplaintLocks;
import io.redress.triage.repository.TriageRepository;
import io.redress.triage.rules.RuleValidator;

/**
 * An agent's correction: kept on the decision as a new revision, published, and stored as labelled data so
 * triage can be measured against what agents decided.
 */
@ApplicationScoped
public class Corrections {

    public static final Set<String> COMPLAINER_TYPES = Set.of("aggressive", "passive", "constructive", "unknown");
    public static final Set<String> FLAGS = Set.of("threat", "self-harm", "legal-threat", "abuse", "freebie-seeking",
            "churn-risk", "public-reach", "repeat-complainer");

    /** What an agent may change; null leaves a part as triage decided it. */
    public record Correction(String priority, String category, String complainerType, List<String> flags,
            String team) {
    }

    private final TriageRepository decisions;
    private final EntityManager db;
    private final RuleBook rules;
    private final TriageAnnouncer announcer;
    private final ComplaintLocks locks;

    Corrections(TriageRepository decisions, EntityManager db, RuleBook rules, TriageAnnouncer announcer,
            ComplaintLocks locks) {
        this.locks = locks;
        this.decisions = decisions;
        this.db = db;
        this.rules = rules;
        this.announcer = announcer;
    }

    @Transactional
    public TriageDecision correct(UUID complaintId, String agent, Correction correction) {
        // Read under the complaint's lock: a re-decision or incident placement cannot overwrite the correction.
        locks.lock(List.of(complaintId));
        TriageDecision triage = decisions.findByIdOptional(complaintId)
                .orElseThrow(() -> new NotFoundException("No triage for complaint " + complaintId));
        validate(correction);
        Map<String, Object> decided = parts(triage);
        if (correction.priority() != null) {
            triage.priority = correction.priority();
            var policy = rules.current().slaPolicy(correction.priority());
            triage.slaPolicy = new SlaPolicy(policy.name(),
                    policy.firstResponse(), policy.nextResponse(), policy.resolution(), policy.calendar());
        }
        if (correction.category() != null) {
            triage.category = correction.category();
        }
        if (correction.complainerType() != null) {
            triage.complainerType = correction.complainerType();
        }
        if (correction.flags() != null) {
            triage.flags = List.copyOf(correction.flags());
        }
        if (correction.team() != null) {
            triage.team = correction.team();
        }
        Map<String, Object> corrected = parts(triage);
        List<String> reasons = new ArrayList<>(triage.reasons);
        corrected.forEach((part, value) -> {
            if (!value.equals(decided.get(part))) {
                reasons.add("corrected by " + agent + ": " + part + " " + decided.get(part) + " → " + value);
            }
        });
        triage.reasons = reasons;
        triage.revision++;
        triage.correctedBy = agent;
        triage.triagedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store(triage, agent, decided, corrected);
        announcer.announce(triage);
        return triage;
    }

    private void validate(Correction correction) {
        List<RuleValidator.Violation> problems = new ArrayList<>();
        if (correction.priority() != null && !RuleValidator.PRIORITIES.contains(correction.priority())) {
            problems.add(new RuleValidator.Violation("priority", "must be one of " + RuleValidator.PRIORITIES));
        }
        if (correction.category() != null && !RuleValidator.CATEGORIES.contains(correction.category())) {
            problems.add(new RuleValidator.Violation("category", "must be one of " + RuleValidator.CATEGORIES));
        }
        if (correction.complainerType() != null && !COMPLAINER_TYPES.contains(correction.complainerType())) {
            problems.add(new RuleValidator.Violation("complainerType", "must be one of " + COMPLAINER_TYPES));
        }
        if (correction.flags() != null) {
            for (int i = 0; i < correction.flags().size(); i++) {
                if (!FLAGS.contains(correction.flags().get(i))) {
                    problems.add(new RuleValidator.Violation("flags[" + i + "]", "must be one of " + FLAGS));
                }
            }
        }
        if (correction.team() != null
                && rules.current().rules().teams().stream().noneMatch(t -> t.name().equals(correction.team()))) {
            problems.add(new RuleValidator.Violation("team", "unknown team '" + correction.team() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidChange(problems);
        }
    }

    private static Map<String, Object> parts(TriageDecision triage) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("priority", triage.priority);
        parts.put("category", String.valueOf(triage.category));
        parts.put("complainerType", String.valueOf(triage.complainerType));
        parts.put("flags", triage.flags == null ? List.of() : triage.flags);
        parts.put("team", String.valueOf(triage.team));
        return parts;
    }

    private void store(TriageDecision triage, String agent, Map<String, Object> decided,
            Map<String, Object> corrected) {
        var label = new TriageCorrection();
        label.complaintId = triage.complaintId;
        label.revision = triage.revision;
        label.correctedBy = agent;
        label.correctedAt = triage.triagedAt;
        label.language = triage.language;
        label.text = triage.text;
        label.decided = decided;
        label.corrected = corrected;
        db.persist(label);
    }
}
