package io.redress.triage.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.ComplaintReceived;
import io.redress.triage.decision.ComplaintFacts;
import io.redress.triage.decision.Decision;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.repository.ProcessedEvents;
import io.redress.triage.repository.TriageRepository;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.Thresholds;

/**
 * Decides about each received complaint, and again on each further message, and announces every decision as a
 * new revision. Reading the text happens outside the transaction; the decision, the processed-event record,
 * incident and spike bookkeeping and the outgoing events commit together or not at all. Retried here, outside
 * the transaction, so a passing database fault does not send a good event to the dead-letter topic.
 */
@ApplicationScoped
public class Triager {

    private final ComplaintReader reader;
    private final RuleBook rules;
    private final TriageRepository decisions;
    private final ProcessedEvents processed;
    private final EntityManager db;
    private final Incidents incidents;
    private final SpikeWatch spikes;
    private final TriageAnnouncer announcer;

    Triager(ComplaintReader reader, RuleBook rules, TriageRepository decisions, ProcessedEvents processed,
            EntityManager db, Incidents incidents, SpikeWatch spikes, TriageAnnouncer announcer) {
        this.reader = reader;
        this.rules = rules;
        this.decisions = decisions;
        this.processed = processed;
        this.db = db;
        this.incidents = incidents;
        this.spikes = spikes;
        this.announcer = announcer;
    }

    @Retry(maxRetries = 5, delay = 200, jitter = 100)
    @io.micrometer.core.annotation.Timed(value = "redress.triage.duration", histogram = true)
    public void triage(String eventId, ComplaintReceived complaint) {
        UUID id = complaint.complaintId();
        List<String> waiting = QuarkusTransaction.joiningExisting().call(() -> waitingMessages(id));
        String text = waiting.isEmpty() ? complaint.text() : complaint.text() + "\n" + String.join("\n", waiting);
        long followers = complaint.author().followers() == null ? 0 : complaint.author().followers();
        int prior = complaint.priorComplaints() == null ? 0 : complaint.priorComplaints();
        ComplaintFacts facts = new ComplaintFacts(text, complaint.channel(), complaint.visibility(), followers, prior,
                complaint.inReplyTo());
        CompiledRules ruleSet = rules.current();
        Decision decision = reader.read(facts, ruleSet);
        QuarkusTransaction.requiringNew().run(() -> {
            lock(id);
            if (!waitingMessages(id).equals(waiting)) {
                throw new IllegalStateException("a message for " + id + " arrived while it was read: read again");
            }
            if (!processed.firstTime(eventId)) {
                return;
            }
            TriageDecision triage = decisions.findByIdOptional(id).orElseGet(TriageDecision::new);
            triage.revision = triage.complaintId == null ? 1 : triage.revision + 1;
            triage.complaintId = id;
            triage.channel = complaint.channel();
            triage.visibility = complaint.visibility();
            triage.receivedAt = complaint.receivedAt();
            triage.followers = followers;
            triage.priorComplaints = prior;
            triage.inReplyTo = complaint.inReplyTo();
            triage.text = text;
            decide(triage, decision, ruleSet);
            db.createNativeQuery("delete from pending_message where complaint_id = :id").setParameter("id", id)
                    .executeUpdate();
        });
    }

    /** Decides again on the whole conversation; a message for a complaint not seen yet waits for it. */
    @Retry(maxRetries = 5, delay = 200, jitter = 100)
    public void redecide(String eventId, ComplaintMessageAdded message) {
        UUID id = message.complaintId();
        Optional<TriageDecision> known = QuarkusTransaction.joiningExisting().call(() -> decisions.findByIdOptional(id));
        if (known.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> keepUntilTheComplaintArrives(eventId, message));
            return;
        }
        TriageDecision before = known.get();
        boolean erased = before.erasedAt != null;
        String text = erased ? message.text() : before.text + "\n" + message.text();
        long followers = Math.max(before.followers,
                message.author().followers() == null ? 0 : message.author().followers());
        CompiledRules ruleSet = rules.current();
        Decision decision = reader.read(new ComplaintFacts(text, before.channel, before.visibility, followers,
                before.priorComplaints, before.inReplyTo), ruleSet);
        QuarkusTransaction.requiringNew().run(() -> {
            lock(id);
            if (!processed.firstTime(eventId)) {
                return;
            }
            TriageDecision triage = decisions.findById(id);
            if (triage.revision != before.revision) {
                throw new IllegalStateException("complaint " + id + " changed while it was read: read again");
            }
            triage.revision++;
            triage.followers = followers;
            triage.text = erased ? null : text;
            decide(triage, decision, ruleSet);
        });
    }

    public Optional<TriageDecision> find(UUID complaintId) {
        return decisions.findByIdOptional(complaintId);
    }

    private void decide(TriageDecision triage, Decision decision, CompiledRules ruleSet) {
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
        triage.rulesVersion = ruleSet.version();
        triage.correctedBy = null;
        triage.triagedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        decisions.persist(triage);
        boolean complaint = decision.complaintScore() >= ruleSet.threshold(Thresholds.COMPLAINT);
        incidents.place(triage, complaint, ruleSet);
        if (complaint) {
            spikes.count(triage.category, ruleSet);
        }
        announcer.announce(triage);
    }

    private void keepUntilTheComplaintArrives(String eventId, ComplaintMessageAdded message) {
        lock(message.complaintId());
        if (decisions.findByIdOptional(message.complaintId()).isPresent()) {
            throw new IllegalStateException("complaint " + message.complaintId() + " arrived meanwhile: read again");
        }
        if (processed.firstTime(eventId)) {
            db.createNativeQuery("insert into pending_message (event_id, complaint_id, text, received_at) "
                    + "values (:event, :id, :text, :at)").setParameter("event", eventId)
                    .setParameter("id", message.complaintId()).setParameter("text", message.text())
                    .setParameter("at", message.receivedAt()).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> waitingMessages(UUID complaintId) {
        return db.createNativeQuery("select text from pending_message where complaint_id = :id "
                + "order by received_at, event_id").setParameter("id", complaintId).getResultList();
    }

    /** One complaint at a time: its received event, its messages and their re-decisions never interleave. */
    private void lock(UUID complaintId) {
        db.createNativeQuery("select pg_advisory_xact_lock(hashtext(:id))").setParameter("id", complaintId.toString())
                .getSingleResult();
    }
}
