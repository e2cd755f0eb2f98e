package io.redress.triage.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.ComplaintReceived;
import io.redress.events.v1.ComplaintTriaged;
import io.redress.triage.mapping.TriageMapper;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.repository.ProcessedEvents;
import io.redress.triage.repository.TriageRepository;

/** Decides language and priority of each received complaint and announces the decision. */
@ApplicationScoped
public class Triager {

    private final LanguageDetector languages;
    private final PriorityRules priorities;
    private final TriageRepository decisions;
    private final ProcessedEvents processed;
    private final TriageMapper mapper;
    private final Outbox outbox;

    Triager(LanguageDetector languages, PriorityRules priorities, TriageRepository decisions,
            ProcessedEvents processed, TriageMapper mapper, Outbox outbox) {
        this.languages = languages;
        this.priorities = priorities;
        this.decisions = decisions;
        this.processed = processed;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    /**
     * Triage, the processed-event record and the outgoing event commit together or not at all. Retried here,
     * outside the transaction, so a passing database fault does not send a good event to the dead-letter topic.
     */
    @Retry(maxRetries = 5, delay = 200, jitter = 100)
    @io.micrometer.core.annotation.Timed(value = "redress.triage.duration", histogram = true)
    public void triage(String eventId, ComplaintReceived complaint) {
        LanguageDetector.Detected language = languages.detect(complaint.text());
        PriorityRules.Priority priority = priorities.decide(complaint);
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.firstTime(eventId)) {
                return;
            }
            TriageDecision decision = decisions.findByIdOptional(complaint.complaintId()).orElseGet(TriageDecision::new);
            decision.complaintId = complaint.complaintId();
            decision.channel = complaint.channel();
            decision.visibility = complaint.visibility();
            decision.language = language.language();
            decision.languageConfidence = language.confidence();
            decision.priority = priority.level();
            decision.reasons = reasons(language, priority);
            decision.receivedAt = complaint.receivedAt();
            decision.triagedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            decisions.persist(decision);
            outbox.add(ComplaintTriaged.TOPIC, ComplaintTriaged.TYPE, ComplaintTriaged.SCHEMA,
                    decision.complaintId.toString(), mapper.toTriaged(decision));
        });
    }

    public Optional<TriageDecision> find(UUID complaintId) {
        return decisions.findByIdOptional(complaintId);
    }

    private static List<String> reasons(LanguageDetector.Detected language, PriorityRules.Priority priority) {
        var reasons = new ArrayList<String>();
        reasons.add(LanguageDetector.UNDETERMINED.equals(language.language())
                ? "language could not be told"
                : String.format("language %s detected (confidence %.2f)", language.language(), language.confidence()));
        reasons.addAll(priority.reasons());
        return reasons;
    }
}
