package io.redress.triage.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.ComplaintReceived;
import io.redress.events.v1.ComplaintTriaged;
import io.redress.triage.decision.ComplaintFacts;
import io.redress.triage.decision.Decision;
import io.redress.triage.mapping.TriageMapper;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.repository.ProcessedEvents;
import io.redress.triage.repository.TriageRepository;

/** Decides about each received complaint and announces the decision, revision by revision. */
@ApplicationScoped
public class Triager {

    private final ComplaintReader reader;
    private final RuleBook rules;
    private final TriageRepository decisions;
    private final ProcessedEvents processed;
    private final TriageMapper mapper;
    private final Outbox outbox;

    Triager(ComplaintReader reader, RuleBook rules, TriageRepository decisions, ProcessedEvents processed,
            TriageMapper mapper, Outbox outbox) {
        this.reader = reader;
        this.rules = rules;
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
    public void triage(String eventId, ComplaintReceived complaint) {
        long followers = complaint.author().followers() == null ? 0 : complaint.author().followers();
        int prior = complaint.priorComplaints() == null ? 0 : complaint.priorComplaints();
        Decision decision = reader.read(new ComplaintFacts(complaint.text(), complaint.channel(),
                complaint.visibility(), followers, prior, complaint.inReplyTo()));
        long rulesVersion = rules.current().version();
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.firstTime(eventId)) {
                return;
            }
            TriageDecision triage = decisions.findByIdOptional(complaint.complaintId()).orElseGet(TriageDecision::new);
            boolean first = triage.complaintId == null;
            triage.complaintId = complaint.complaintId();
            triage.channel = complaint.channel();
            triage.visibility = complaint.visibility();
            triage.receivedAt = complaint.receivedAt();
            triage.text = complaint.text();
            triage.followers = followers;
            triage.priorComplaints = prior;
            triage.inReplyTo = complaint.inReplyTo();
            triage.revision = first ? 1 : triage.revision + 1;
            apply(triage, decision, rulesVersion);
            decisions.persist(triage);
            announce(triage);
        });
    }

    public Optional<TriageDecision> find(UUID complaintId) {
        return decisions.findByIdOptional(complaintId);
    }

    static void apply(TriageDecision triage, Decision decision, long rulesVersion) {
        triage.language = decision.language();
        triage.languageConfidence = decision.languageConfidence();
        triage.priority = decision.priority();
        triage.reasons = decision.reasons();
        triage.complaintScore = decision.complaintScore();
        triage.sentiment = decision.sentiment();
        triage.anger = decision.anger();
        triage.complainerType = decision.complainerType();
        triage.flags = decision.flags();
        triage.category = decision.category();
        triage.product = decision.product();
        triage.team = decision.team();
        triage.slaPolicy = decision.slaPolicy();
        triage.playbook = decision.playbook();
        triage.rulesVersion = rulesVersion;
        triage.correctedBy = null;
        triage.triagedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Publishes the decision's current revision, in the caller's transaction. */
    void announce(TriageDecision triage) {
        outbox.add(ComplaintTriaged.TOPIC, ComplaintTriaged.TYPE, ComplaintTriaged.SCHEMA,
                triage.complaintId.toString(), mapper.toTriaged(triage));
    }
}
