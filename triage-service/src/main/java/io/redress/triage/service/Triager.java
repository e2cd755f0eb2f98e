package io.redress.triage.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.ComplaintReceived;
import io.redress.triage.decision.ComplaintFacts;
import io.redress.triage.decision.Decision;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.observability.TraceParent;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.repository.ComplaintLocks;
import io.redress.triage.repository.ProcessedEvents;
import io.redress.triage.repository.RoundTrip;
import io.redress.triage.repository.TriageRepository;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.Thresholds;

/**
 * Decides about each received complaint, and again on each further message, and announces every decision as a
 * new revision. A batch is read and decided in one transaction, under its complaints' locks: one transaction
 * instead of a read before it and a check inside it, so fewer round trips to the database for the same safety.
 * The decision, the processed-event record, spike counts, the incident queue and the outgoing events commit
 * together or not at all; placing into incidents follows after the commit ({@link IncidentPlacer}). Retried
 * here, outside the transaction, so a passing database fault does not send a good event to the dead-letter topic.
 * Received complaints come in batches (one transaction per Kafka poll); further messages are rarer and come one
 * by one.
 */
@ApplicationScoped
public class Triager {

    /**
     * A batch's phases, timed so an operator (and the bench) can see where its time goes: taking the complaints'
     * locks with the duplicate and waiting-message checks, reading the texts (language and words), deciding (rules,
     * problem signatures, the events' JSON), all three CPU, writing decisions and events, and the commit.
     */
    private static final List<String> PHASES = List.of("locking", "reading", "deciding", "writing", "committing");
    /**
     * The time a complaint may spend inside triage (issue 4), a bucket bound of its own so the share within it is
     * counted exactly rather than read off the nearest default bucket.
     */
    private static final Duration TARGET = Duration.ofMillis(20);

    private final ComplaintReader reader;
    private final RuleBook rules;
    private final TriageRepository decisions;
    private final ProcessedEvents processed;
    private final EntityManager db;
    private final ComplaintLocks locks;
    private final Incidents incidents;
    private final TriageAnnouncer announcer;
    private final Timer duration;
    private final List<Timer> phases;

    Triager(ComplaintReader reader, RuleBook rules, TriageRepository decisions, ProcessedEvents processed,
            EntityManager db, ComplaintLocks locks, Incidents incidents, TriageAnnouncer announcer,
            MeterRegistry registry) {
        this.reader = reader;
        this.rules = rules;
        this.decisions = decisions;
        this.processed = processed;
        this.db = db;
        this.locks = locks;
        this.incidents = incidents;
        this.announcer = announcer;
        this.duration = Timer.builder("redress.triage.duration")
                .description("from the moment triage takes a received complaint until its decision is committed")
                .publishPercentileHistogram().serviceLevelObjectives(TARGET).register(registry);
        this.phases = PHASES.stream().map(phase -> Timer.builder("redress.triage.batch.phase").tag("phase", phase)
                .description("where a batch's time goes: " + String.join(", ", PHASES)).register(registry)).toList();
    }

    /** A received complaint, the id of the event that brought it, and the trace it travelled in (if any). */
    public record Received(String eventId, ComplaintReceived complaint, String traceParent) {
    }

    private record Read(Received received, String text, Decision decision) {
    }

    /**
     * Decides about a batch of received complaints in one transaction: one commit, one lock statement and a few
     * set-based statements for the whole batch instead of a dozen round trips per complaint. The time each
     * complaint spends inside triage is the batch's, from its start to the commit.
     */
    @Retry(maxRetries = 5, delay = 200, jitter = 100)
    public void triage(List<Received> batch) {
        if (batch.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        long[] ends = new long[PHASES.size()];
        List<UUID> ids = batch.stream().map(r -> r.complaint().complaintId()).distinct().sorted().toList();
        QuarkusTransaction.requiringNew().run(() -> {
            // Read under the complaints' locks, so no message can join a conversation between reading and writing.
            Seen seen = lockAndSee(batch.stream().map(Received::eventId).toList(), ids);
            Set<String> fresh = seen.fresh();
            Map<UUID, List<String>> waiting = seen.waiting();
            CompiledRules ruleSet = rules.current();
            ends[0] = System.nanoTime();
            List<Read> reads = batch.stream().filter(r -> fresh.contains(r.eventId()))
                    .map(r -> read(r, waiting, ruleSet)).toList();
            ends[1] = System.nanoTime();
            // A received complaint is nearly always new: its earlier decision is loaded only when there is one.
            Map<UUID, TriageDecision> known = seen.decided().isEmpty() ? new HashMap<>()
                    : decisions.byIds(List.copyOf(seen.decided()));
            List<TriageDecision> complaints = new ArrayList<>();
            List<TriageDecision> others = new ArrayList<>();
            List<TriageDecision> created = new ArrayList<>();
            List<Outbox.Pending> revisions = new ArrayList<>();
            for (Read read : reads) {
                if (fresh.remove(read.received().eventId())) {
                    ComplaintReceived complaint = read.received().complaint();
                    TriageDecision triage = known.computeIfAbsent(complaint.complaintId(), id -> new TriageDecision());
                    boolean first = triage.complaintId == null;
                    triage.revision = first ? 1 : triage.revision + 1;
                    triage.complaintId = complaint.complaintId();
                    triage.channel = complaint.channel();
                    triage.visibility = complaint.visibility();
                    triage.receivedAt = complaint.receivedAt();
                    triage.followers = followers(complaint);
                    triage.priorComplaints = complaint.priorComplaints() == null ? 0 : complaint.priorComplaints();
                    triage.inReplyTo = complaint.inReplyTo();
                    triage.text = read.text();
                    // Its decision leaves in the trace its complaint came in, though the batch mixes several.
                    try (Scope trace = read.received().traceParent() == null ? Scope.noop()
                            : TraceParent.restore(read.received().traceParent()).makeCurrent()) {
                        boolean isComplaint = decide(triage, read.decision(), ruleSet);
                        if (first) {
                            created.add(triage);
                        }
                        revisions.add(announcer.revision(triage));
                        if (isComplaint) {
                            complaints.add(triage);
                        } else if (!first) {
                            // Only a complaint decided before can be queued for incidents and need taking out.
                            others.add(triage);
                        }
                    }
                }
            }
            ends[2] = System.nanoTime();
            // New decisions never enter the session, so no flush compares them field by field; the statements
            // after them go in one round trip, past the session, which holds none of the rows they touch.
            decisions.insert(created);
            RoundTrip writes = new RoundTrip();
            announcer.announce(writes, revisions);
            incidents.queue(writes, complaints, others);
            if (!waiting.isEmpty()) {
                writes.add("delete from pending_message where complaint_id = any(?)",
                        (Object) waiting.keySet().toArray(UUID[]::new));
            }
            writes.send(db);
            ends[3] = System.nanoTime();
        });
        ends[4] = System.nanoTime();
        long elapsed = ends[ends.length - 1] - start;
        for (int i = 0; i < batch.size(); i++) {
            duration.record(elapsed, TimeUnit.NANOSECONDS);
        }
        long phaseStart = start;
        for (int i = 0; i < ends.length; i++) {
            phases.get(i).record(ends[i] - phaseStart, TimeUnit.NANOSECONDS);
            phaseStart = ends[i];
        }
    }

    private Read read(Received received, Map<UUID, List<String>> waiting, CompiledRules ruleSet) {
        ComplaintReceived complaint = received.complaint();
        List<String> messages = waiting.getOrDefault(complaint.complaintId(), List.of());
        String text = messages.isEmpty() ? complaint.text() : complaint.text() + "\n" + String.join("\n", messages);
        int prior = complaint.priorComplaints() == null ? 0 : complaint.priorComplaints();
        ComplaintFacts facts = new ComplaintFacts(text, complaint.channel(), complaint.visibility(),
                followers(complaint), prior, complaint.inReplyTo());
        return new Read(received, text, reader.read(facts, ruleSet));
    }

    private static long followers(ComplaintReceived complaint) {
        return complaint.author().followers() == null ? 0 : complaint.author().followers();
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
            locks.lock(List.of(id));
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
            boolean complaint = decide(triage, decision, ruleSet);
            announcer.announce(triage);
            incidents.queue(complaint ? List.of(triage) : List.of(), complaint ? List.of() : List.of(triage));
        });
    }

    public Optional<TriageDecision> find(UUID complaintId) {
        return decisions.findByIdOptional(complaintId);
    }

    /**
     * Applies a decision, to be announced and, for a new decision, inserted by the caller; true when the text counts
     * as a complaint (to be queued for incidents).
     */
    private boolean decide(TriageDecision triage, Decision decision, CompiledRules ruleSet) {
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
        boolean complaint = decision.complaintScore() >= ruleSet.threshold(Thresholds.COMPLAINT);
        if (complaint && triage.incidentId == null) {
            incidents.sign(triage, ruleSet);
        }
        return complaint;
    }

    private void keepUntilTheComplaintArrives(String eventId, ComplaintMessageAdded message) {
        locks.lock(List.of(message.complaintId()));
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

    /**
     * Which of the batch's events are new (recorded now), the messages waiting for its complaints in arrival order,
     * and which of them have been decided before.
     */
    private record Seen(Set<String> fresh, Map<UUID, List<String>> waiting, Set<UUID> decided) {
    }

    /**
     * Takes the complaints' locks and reads all three in the same round trip: this runs once per batch, on the path
     * every complaint waits for. The read is a statement of its own after the lock's: a statement's snapshot is
     * taken when it starts, so it sees every message committed before the locks were granted.
     */
    private Seen lockAndSee(List<String> eventIds, List<UUID> complaintIds) {
        UUID[] ids = complaintIds.toArray(UUID[]::new);
        List<Object[]> rows = new ArrayList<>();
        locks.lock(new RoundTrip(), complaintIds).add("with fresh as (" + ProcessedEvents.RECORD + ") "
                + "select 'fresh', cast(null as uuid), event_id, cast(null as timestamptz), event_id from fresh "
                + "union all select 'waiting', complaint_id, text, received_at, event_id "
                + "from pending_message where complaint_id = any(?) "
                + "union all select 'decided', complaint_id, null, null, null from triage where complaint_id = any(?) "
                + "order by 4, 5", rows::addAll, eventIds.toArray(String[]::new), ids, ids).send(db);
        Set<String> fresh = new HashSet<>();
        Map<UUID, List<String>> waiting = new HashMap<>();
        Set<UUID> decided = new HashSet<>();
        for (Object[] row : rows) {
            switch ((String) row[0]) {
                case "fresh" -> fresh.add((String) row[2]);
                case "waiting" -> waiting.computeIfAbsent((UUID) row[1], id -> new ArrayList<>()).add((String) row[2]);
                default -> decided.add((UUID) row[1]);
            }
        }
        return new Seen(fresh, waiting, decided);
    }
}
