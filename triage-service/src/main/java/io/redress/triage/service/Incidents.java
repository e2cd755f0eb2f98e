package io.redress.triage.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.redress.events.v1.IncidentUpdated;
import io.redress.triage.analysis.Lexicons;
import io.redress.triage.decision.ProblemSignature;
import io.redress.triage.decision.ProblemSignatures;
import io.redress.triage.model.Incident;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.repository.RoundTrip;
import io.redress.triage.repository.TriageRepository;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.Thresholds;

/**
 * It is rarely an isolated case: complaints about the same problem (alike {@link ProblemSignature}s, which read
 * each language's own keywords, so a Bengali and a Latvian complaint about the same app crash meet), of one
 * category and received close in time, are one incident, opened once enough of them arrive. Every linked
 * complaint's decision is republished with the incident id, and every change of the incident is published for
 * follow-up.
 */
@ApplicationScoped
public class Incidents {

    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";

    /** Unplaced complaints compared with a new one: the latest in its window, so placing stays cheap in a flood. */
    static final int MAX_CANDIDATES = 500;
    private static final int TITLE_TERMS = 3;
    private static final int MAX_TITLE = 300;
    private static final int MAX_FEATURES = 200;

    private final EntityManager db;
    private final TriageRepository decisions;
    private final Outbox outbox;
    private final ProblemSignatures signatures;
    private final Event<ComplaintsQueued> queued;
    /**
     * Open incidents' cores by id, as of a version: reading every open incident's feature counts for each batch
     * cost the placer half its time, and most incidents do not change between two batches.
     */
    private final Cache<UUID, Core> cores = Caffeine.newBuilder().maximumSize(10_000).build();

    private record Core(long version, ProblemSignature signature) {
    }

    Incidents(EntityManager db, TriageRepository decisions, Outbox outbox, TriageConfig config,
            Event<ComplaintsQueued> queued) {
        this.db = db;
        this.decisions = decisions;
        this.queued = queued;
        this.outbox = outbox;
        this.signatures = new ProblemSignatures(Lexicons.load(config.languages()));
    }

    /**
     * Reads the problem signature of a complaint not yet in an incident, to store with its decision (so before it
     * is persisted): a second write when it is placed would cost more, and the placer, one thread, has less to
     * do.
     */
    public void sign(TriageDecision triage, CompiledRules rules) {
        triage.features = triage.text == null ? null
                : signatures.read(triage.text, triage.language, rules).features().stream().sorted().toList();
    }

    /**
     * Queues freshly decided complaints for {@link IncidentPlacer}, in the decisions' transaction. Only complaints
     * group; one that a further message shows to be none is no candidate any more. One decided for the first time
     * is marked new, to be counted in its category's volume when it is placed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(List<TriageDecision> complaints, List<TriageDecision> others) {
        RoundTrip trip = new RoundTrip();
        queue(trip, complaints, others);
        trip.send(db);
    }

    /**
     * The same, as statements of a round trip the caller sends in its transaction: each queued complaint's time of
     * receipt is written from the decision in hand, as the row in the table may be older or not flushed yet.
     */
    public void queue(RoundTrip trip, List<TriageDecision> complaints, List<TriageDecision> others) {
        List<TriageDecision> unplaced = complaints.stream().filter(t -> t.incidentId == null).toList();
        if (!unplaced.isEmpty()) {
            // A complaint queued again before it was placed keeps its row, and with it whether it is new.
            trip.add("insert into incident_queue (complaint_id, queued_at, received_at, new_complaint) "
                    + "select u.complaint_id, now(), cast(u.received_at as timestamptz), u.new_complaint "
                    + "from unnest(?, ?, ?) as u(complaint_id, received_at, new_complaint) on conflict do nothing",
                    unplaced.stream().map(t -> t.complaintId).toArray(UUID[]::new),
                    unplaced.stream().map(t -> t.receivedAt.toString()).toArray(String[]::new),
                    unplaced.stream().map(t -> t.revision == 1).toArray(Boolean[]::new));
            queued.fire(new ComplaintsQueued());
        }
        List<TriageDecision> noLonger = others.stream().filter(t -> t.incidentId == null).toList();
        if (!noLonger.isEmpty()) {
            noLonger.forEach(t -> t.features = null);
            trip.add("delete from incident_queue where complaint_id = any(?)",
                    (Object) noLonger.stream().map(t -> t.complaintId).toArray(UUID[]::new));
        }
    }

    /**
     * Links decided complaints (read only, {@link TriageRepository#readOnly}) to their incidents, opening one when
     * enough similar complaints gathered; returns every decision it linked, including earlier complaints a new
     * incident takes in: each changed, and is for the caller to announce again and record
     * ({@link TriageRepository#recordLinks}). A category's open incidents are listed once for the whole batch; only
     * those a complaint joins are read in full, and each is written once, over the version it was read in, and
     * published once, naming every complaint it took in; the changes of the batch go to the outbox in one
     * statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TriageDecision> place(List<TriageDecision> queued, CompiledRules rules) {
        List<TriageDecision> unplaced = queued.stream().filter(t -> t.incidentId == null && t.text != null)
                .sorted(Comparator.comparing((TriageDecision t) -> t.receivedAt).thenComparing(t -> t.complaintId))
                .toList();
        // Queued by a version that did not sign complaints when deciding; before placing, as the search for similar
        // unplaced complaints reads signatures from the table.
        List<TriageDecision> unsigned = unplaced.stream().filter(t -> t.features == null).toList();
        unsigned.forEach(triage -> sign(triage, rules));
        decisions.recordFeatures(unsigned);
        Map<TriageDecision, ProblemSignature> read = new LinkedHashMap<>();
        for (TriageDecision triage : unplaced) {
            if (!triage.features.isEmpty()) {
                read.put(triage, ProblemSignature.of(triage.features));
            }
        }
        if (read.isEmpty()) {
            return List.of();
        }
        Map<String, List<TriageDecision>> byCategory = read.keySet().stream()
                .collect(Collectors.groupingBy(t -> t.category, TreeMap::new, Collectors.toList()));
        lock(byCategory);
        Placing placing = new Placing(rules, Instant.now().truncatedTo(ChronoUnit.MICROS));
        byCategory.forEach((category, complaints) -> {
            List<OpenIncident> open = openIncidents(category, complaints, placing.window);
            placing.readLikelyJoined(complaints, read, open);
            complaints.forEach(triage -> placing.place(triage, read.get(triage), open));
        });
        placing.record();
        return placing.linked;
    }

    /**
     * An open incident as placing sees it: its span and core, and the incident itself once a complaint of the
     * batch joins it (or when the batch opened it).
     */
    private final class OpenIncident {
        final UUID id;
        final String product;
        final long version;
        Instant firstReceivedAt;
        Instant lastReceivedAt;
        ProblemSignature core;
        Incident incident;

        OpenIncident(UUID id, String product, long version, Instant firstReceivedAt, Instant lastReceivedAt) {
            this.id = id;
            this.product = product;
            this.version = version;
            this.firstReceivedAt = firstReceivedAt;
            this.lastReceivedAt = lastReceivedAt;
        }

        OpenIncident(Incident opened) {
            this(opened.id, opened.product, opened.version, opened.firstReceivedAt, opened.lastReceivedAt);
            incident = opened;
        }

        ProblemSignature core() {
            if (core == null) {
                core = ProblemSignature.core(incident.features, incident.complaints);
            }
            return core;
        }

        /**
         * The incident, read when a complaint joins it; its version makes the write fail if another placer or a
         * supervisor changed it meanwhile, and the batch is placed again.
         */
        Incident joining() {
            if (incident == null) {
                incident = db.find(Incident.class, id);
                if (incident == null || !OPEN.equals(incident.status)) {
                    throw new IllegalStateException("incident " + id + " was resolved meanwhile: place again");
                }
            }
            return incident;
        }

        void count(TriageDecision triage, Instant now) {
            Incidents.count(incident, triage);
            // Set with the count, so the flush before the links are written leaves nothing to update at commit.
            incident.updatedAt = now;
            firstReceivedAt = incident.firstReceivedAt;
            lastReceivedAt = incident.lastReceivedAt;
            core = null;
        }
    }

    /** The placing of one batch: what it linked to which incident. */
    private final class Placing {
        final CompiledRules rules;
        final Instant now;
        final double threshold;
        final Duration window;
        final Map<Incident, List<TriageDecision>> joined = new LinkedHashMap<>();
        final List<TriageDecision> linked = new ArrayList<>();
        /** Linked in this batch: the table does not show it until the links are written at its end. */
        final Set<UUID> linkedIds = new HashSet<>();

        Placing(CompiledRules rules, Instant now) {
            this.rules = rules;
            this.now = now;
            this.threshold = rules.threshold(Thresholds.INCIDENT_SIMILARITY);
            this.window = Duration.ofMinutes((long) rules.threshold(Thresholds.INCIDENT_WINDOW_MINUTES));
        }

        void place(TriageDecision triage, ProblemSignature signature, List<OpenIncident> open) {
            if (triage.incidentId != null) {
                // an incident opened earlier in this batch took it in
                return;
            }
            OpenIncident best = closest(triage, signature, open);
            if (best != null) {
                Incident joined = best.joining();
                best.count(triage, now);
                link(joined, List.of(triage));
                return;
            }
            Instant earliest = triage.receivedAt.minus(window);
            Instant latest = triage.receivedAt.plus(window);
            List<TriageDecision> group = mutuallySimilar(triage, signature, threshold, earliest, latest,
                    linkedIds);
            if (group.size() < rules.threshold(Thresholds.INCIDENT_MIN_COMPLAINTS)) {
                return;
            }
            var incident = new Incident();
            incident.id = UUID.randomUUID();
            incident.status = OPEN;
            incident.category = triage.category;
            incident.product = group.stream().map(t -> t.product).filter(Objects::nonNull).findFirst().orElse(null);
            incident.features = new HashMap<>();
            incident.firstReceivedAt = triage.receivedAt;
            incident.lastReceivedAt = triage.receivedAt;
            incident.openedAt = now;
            incident.updatedAt = now;
            group.forEach(member -> Incidents.count(incident, member));
            incident.title = title(incident, signatures.spelled(triage.text, triage.language, rules));
            db.persist(incident);
            open.add(new OpenIncident(incident));
            link(incident, group);
        }

        /** The open incident near in time, of a fitting product, most like the complaint at the threshold or above. */
        OpenIncident closest(TriageDecision triage, ProblemSignature signature, List<OpenIncident> open) {
            Instant earliest = triage.receivedAt.minus(window);
            Instant latest = triage.receivedAt.plus(window);
            OpenIncident best = null;
            double bestSimilarity = threshold;
            for (OpenIncident incident : open) {
                boolean near = !incident.lastReceivedAt.isBefore(earliest) && !incident.firstReceivedAt.isAfter(latest);
                if (near && fitsProduct(incident.product, triage.product)) {
                    double similarity = signature.similarity(incident.core());
                    if (similarity >= bestSimilarity) {
                        best = incident;
                        bestSimilarity = similarity;
                    }
                }
            }
            return best;
        }

        /**
         * Reads in one statement the incidents the complaints will most likely join, judged by the cores as they
         * stand: read one by one as each was joined, they cost the placer a round trip apiece. They stay in the
         * transaction's session, where {@link OpenIncident#joining} finds them; one the guess missed is read then.
         */
        void readLikelyJoined(List<TriageDecision> complaints, Map<TriageDecision, ProblemSignature> read,
                List<OpenIncident> open) {
            Set<UUID> likely = new HashSet<>();
            for (TriageDecision triage : complaints) {
                OpenIncident best = closest(triage, read.get(triage), open);
                if (best != null && best.incident == null) {
                    likely.add(best.id);
                }
            }
            if (!likely.isEmpty()) {
                db.createQuery("from Incident where id in :ids", Incident.class).setParameter("ids", likely)
                        .setFlushMode(FlushModeType.COMMIT).getResultList();
            }
        }

        private void link(Incident incident, List<TriageDecision> complaints) {
            for (TriageDecision triage : complaints) {
                triage.incidentId = incident.id;
                triage.reasons = new ArrayList<>(triage.reasons);
                triage.reasons.add("incident " + incident.id + ": " + incident.title);
            }
            joined.computeIfAbsent(incident, i -> new ArrayList<>()).addAll(complaints);
            linked.addAll(complaints);
            complaints.forEach(triage -> linkedIds.add(triage.complaintId));
        }

        /**
         * Publishes each incident's change once. The links themselves are the decisions' {@code incident_id}, written
         * by the caller over the revision each was read in ({@link TriageRepository#recordLinks}): a complaint
         * another placer linked meanwhile has a new revision, and the whole placement is tried again.
         */
        void record() {
            if (joined.isEmpty()) {
                return;
            }
            outbox.add(joined.entrySet().stream().map(change -> change(change.getKey(),
                    change.getValue().stream().map(t -> t.complaintId).toList())).toList());
        }
    }

    private static boolean fitsProduct(String incidentProduct, String product) {
        return incidentProduct == null || product == null || incidentProduct.equals(product);
    }

    /**
     * One placement at a time per category and product across threads and replicas, so two similar complaints
     * never open two incidents. A complaint without a product may group with any product's, so it takes the
     * whole category; the others share the category and take their product. Always in one order (categories,
     * each before its products), so two placers never wait for each other in a circle.
     */
    private void lock(Map<String, List<TriageDecision>> byCategory) {
        byCategory.forEach((category, complaints) -> {
            boolean whole = complaints.stream().anyMatch(t -> t.product == null);
            db.createNativeQuery(whole ? "select pg_advisory_xact_lock(hashtext(:key))"
                    : "select pg_advisory_xact_lock_shared(hashtext(:key))").setParameter("key", category)
                    .getSingleResult();
            complaints.stream().map(t -> t.product).filter(Objects::nonNull).distinct().sorted()
                    .forEach(product -> db.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                            .setParameter("key", category + "/" + product).getSingleResult());
        });
    }

    /**
     * The category's open incidents near any of these complaints in time, without their feature counts: the core
     * of each comes from {@link #cores} while its version stands, and only changed or new ones are read in full.
     */
    @SuppressWarnings("unchecked")
    private List<OpenIncident> openIncidents(String category, List<TriageDecision> complaints, Duration window) {
        Instant earliest = complaints.get(0).receivedAt.minus(window);
        Instant latest = complaints.get(complaints.size() - 1).receivedAt.plus(window);
        List<OpenIncident> open = db.createQuery("select id, product, version, firstReceivedAt, lastReceivedAt "
                + "from Incident where status = 'open' and category = :category and lastReceivedAt >= :earliest "
                + "and firstReceivedAt <= :latest order by openedAt, id", Object[].class)
                .setParameter("category", category).setParameter("earliest", earliest).setParameter("latest", latest)
                .getResultStream().map(row -> new OpenIncident((UUID) row[0], (String) row[1], (Long) row[2],
                        (Instant) row[3], (Instant) row[4]))
                .collect(Collectors.toCollection(ArrayList::new));
        Map<UUID, OpenIncident> changed = new HashMap<>();
        for (OpenIncident incident : open) {
            Core known = cores.getIfPresent(incident.id);
            if (known != null && known.version() == incident.version) {
                incident.core = known.signature();
            } else {
                changed.put(incident.id, incident);
            }
        }
        if (!changed.isEmpty()) {
            db.createQuery("select id, version, features, complaints from Incident where id in :ids", Object[].class)
                    .setParameter("ids", changed.keySet()).getResultStream().forEach(row -> {
                        var core = new Core((Long) row[1],
                                ProblemSignature.core((Map<String, Integer>) row[2], (Integer) row[3]));
                        cores.put((UUID) row[0], core);
                        changed.get((UUID) row[0]).core = core.signature();
                    });
        }
        return open;
    }

    /**
     * The new complaint and the unplaced ones most like it that are all alike to each other (each pair at the
     * threshold, products equal where both have one), taken greedily, most similar first. Pairwise, so a
     * complaint about two problems cannot chain them into one incident.
     */
    private List<TriageDecision> mutuallySimilar(TriageDecision triage, ProblemSignature signature,
            double threshold, Instant earliest, Instant latest, Set<UUID> linkedMeanwhile) {
        // Only what comparing needs: the whole decisions are loaded for the few that group.
        List<Object[]> unplaced = db.createQuery("select complaintId, product, features from TriageDecision "
                + "where category = :category and (:product is null or product is null or product = :product) "
                + "and incidentId is null and receivedAt between :earliest and :latest and priority <> 'P4' "
                + "and features is not null and complaintId <> :id order by receivedAt desc", Object[].class)
                .setParameter("category", triage.category).setParameter("product", triage.product)
                .setParameter("earliest", earliest).setParameter("latest", latest)
                .setParameter("id", triage.complaintId).setMaxResults(MAX_CANDIDATES).getResultList();
        record Candidate(UUID complaintId, String product, ProblemSignature signature, double similarity) {
        }
        List<Candidate> alike = unplaced.stream().filter(row -> !linkedMeanwhile.contains((UUID) row[0]))
                .map(row -> {
                    @SuppressWarnings("unchecked")
                    ProblemSignature other = ProblemSignature.of((List<String>) row[2]);
                    return new Candidate((UUID) row[0], (String) row[1], other, signature.similarity(other));
                })
                .filter(c -> c.similarity() >= threshold)
                .sorted(Comparator.comparingDouble(Candidate::similarity).reversed()).toList();
        List<Candidate> members = new ArrayList<>();
        for (Candidate candidate : alike) {
            boolean fits = members.stream().allMatch(m -> m.signature().similarity(candidate.signature()) >= threshold
                    && (m.product() == null || candidate.product() == null || m.product().equals(candidate.product())));
            if (fits) {
                members.add(candidate);
            }
        }
        List<TriageDecision> group = new ArrayList<>(List.of(triage));
        members.forEach(m -> group.add(decisions.readOnly(m.complaintId())));
        return group;
    }

    /** "product-defect problems with mobile-app: "e-502", "account-access"": its category, product and core. */
    private static String title(Incident incident, Map<String, String> spelled) {
        String title = incident.category + " problems" + (incident.product == null ? "" : " with " + incident.product);
        List<String> terms = ProblemSignature.core(incident.features, incident.complaints)
                .terms(TITLE_TERMS, List.of("c:" + incident.category, "p:" + incident.product));
        if (terms.isEmpty()) {
            return title;
        }
        // Quoted like matched words in reasons, so erasing a customer's words also erases them there.
        String named = terms.stream().map(f -> "\"" + spelled.getOrDefault(f, ProblemSignature.term(f)) + "\"")
                .collect(Collectors.joining(", "));
        String full = title + ": " + named;
        return full.length() <= MAX_TITLE ? full : full.substring(0, MAX_TITLE);
    }

    private static void count(Incident incident, TriageDecision triage) {
        Map<String, Integer> features = new HashMap<>(incident.features);
        for (String feature : triage.features) {
            features.merge(feature, 1, Integer::sum);
        }
        incident.complaints++;
        // The core is what half the complaints share, a few dozen features at most: rarer ones cannot reach it.
        if (features.size() > MAX_FEATURES) {
            features = features.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(MAX_FEATURES).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        incident.features = features;
        if (triage.receivedAt.isBefore(incident.firstReceivedAt)) {
            incident.firstReceivedAt = triage.receivedAt;
        }
        if (triage.receivedAt.isAfter(incident.lastReceivedAt)) {
            incident.lastReceivedAt = triage.receivedAt;
        }
    }
    /**
     * Forgets the words of an erased complaint's signature, here and in its incident's counts; the categories and
     * products its keywords named are no personal data and keep it where it belongs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(TriageDecision triage) {
        if (triage.features == null) {
            return;
        }
        List<String> kept = triage.features.stream().filter(f -> f.startsWith("c:") || f.startsWith("p:")).toList();
        if (triage.incidentId != null) {
            Incident incident = db.find(Incident.class, triage.incidentId, LockModeType.PESSIMISTIC_WRITE);
            Map<String, Integer> features = new HashMap<>(incident.features);
            triage.features.stream().filter(f -> !kept.contains(f))
                    .forEach(f -> features.computeIfPresent(f, (feature, n) -> n > 1 ? n - 1 : null));
            incident.features = features;
        }
        triage.features = kept;
    }

    public List<Incident> list(String status) {
        return db.createQuery("from Incident where (:status is null or status = :status) order by updatedAt desc",
                Incident.class).setParameter("status", status).setMaxResults(500).getResultList();
    }

    public Optional<Incident> find(UUID id) {
        return Optional.ofNullable(db.find(Incident.class, id));
    }

    public List<TriageDecision> complaintsOf(UUID incidentId) {
        return db.createQuery("from TriageDecision where incidentId = :id order by receivedAt", TriageDecision.class)
                .setParameter("id", incidentId).getResultList();
    }

    /** Resolves an open incident; follow-up updates every linked case when it sees the event. */
    @Transactional
    public Incident resolve(UUID id, String supervisor, String note) {
        Incident incident = find(id).orElseThrow(() -> new NotFoundException("No incident " + id));
        if (RESOLVED.equals(incident.status)) {
            throw new IllegalStateChange("incident " + id + " is already resolved");
        }
        incident.status = RESOLVED;
        incident.resolvedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        incident.resolvedBy = supervisor;
        incident.resolutionNote = note;
        incident.updatedAt = incident.resolvedAt;
        publish(incident, List.of());
        return incident;
    }

    /**
     * Names only the complaints this change links: listing every member on every change would make an incident of
     * thousands cost quadratic work, and its resolution an event beyond Kafka's size limit. Each linked complaint's
     * decision already carries the incident id, which is how follow-up finds all of them on resolution.
     */
    private void publish(Incident incident, List<UUID> complaints) {
        outbox.add(List.of(change(incident, complaints)));
    }

    private Outbox.Pending change(Incident incident, List<UUID> complaints) {
        return outbox.event(IncidentUpdated.TOPIC, IncidentUpdated.TYPE, IncidentUpdated.SCHEMA, incident.id.toString(),
                new IncidentUpdated(incident.id, incident.status, incident.title, incident.category, incident.product,
                        complaints, incident.resolutionNote, incident.openedAt, incident.updatedAt));
    }
}
