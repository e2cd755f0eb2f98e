package io.redress.triage.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.redress.events.v1.IncidentUpdated;
import io.redress.triage.model.Incident;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.Thresholds;

/**
 * It is rarely an isolated case: complaints with the same category and product (found by each language's own
 * keywords, so a Bengali and a Latvian complaint about the same app meet) within the incident window are one
 * incident, opened once enough of them arrive. Every linked complaint's decision is republished with the
 * incident id, and every change of the incident is published for follow-up.
 */
@ApplicationScoped
public class Incidents {

    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";

    private final EntityManager db;
    private final Outbox outbox;
    private final TriageAnnouncer announcer;

    Incidents(EntityManager db, Outbox outbox, TriageAnnouncer announcer) {
        this.db = db;
        this.outbox = outbox;
        this.announcer = announcer;
    }

    /** Links a freshly decided complaint to its incident, opening one when enough similar complaints gathered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(TriageDecision triage, boolean complaint, CompiledRules rules) {
        if (!complaint || triage.product == null || triage.incidentId != null) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant since = now.minus(Duration.ofMinutes((long) rules.threshold(Thresholds.INCIDENT_WINDOW_MINUTES)));
        // One signature at a time across threads and replicas, so two similar complaints never open two incidents.
        db.createNativeQuery("select pg_advisory_xact_lock(hashtext(:signature))")
                .setParameter("signature", triage.category + "/" + triage.product).getSingleResult();
        Optional<Incident> open = db.createQuery("from Incident where status = 'open' and category = :category "
                + "and product = :product and updatedAt >= :since order by updatedAt desc", Incident.class)
                .setParameter("category", triage.category).setParameter("product", triage.product)
                .setParameter("since", since).setMaxResults(1).getResultStream().findFirst();
        if (open.isPresent()) {
            link(open.get(), List.of(triage), now);
            return;
        }
        List<TriageDecision> similar = db.createQuery("from TriageDecision where category = :category "
                + "and product = :product and incidentId is null and triagedAt >= :since and priority <> 'P4' "
                + "and complaintId <> :id", TriageDecision.class)
                .setParameter("category", triage.category).setParameter("product", triage.product)
                .setParameter("since", since).setParameter("id", triage.complaintId).getResultList();
        if (similar.size() + 1 < rules.threshold(Thresholds.INCIDENT_MIN_COMPLAINTS)) {
            return;
        }
        var incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.status = OPEN;
        incident.title = triage.category + " problems with " + triage.product;
        incident.category = triage.category;
        incident.product = triage.product;
        incident.openedAt = now;
        incident.updatedAt = now;
        db.persist(incident);
        for (TriageDecision earlier : similar) {
            earlier.revision++;
            earlier.triagedAt = now;
            announcer.announce(earlier);
        }
        link(incident, Stream.concat(similar.stream(), Stream.of(triage)).toList(),
                now);
    }

    private void link(Incident incident, List<TriageDecision> complaints, Instant now) {
        for (TriageDecision triage : complaints) {
            triage.incidentId = incident.id;
            triage.reasons = new ArrayList<>(triage.reasons);
            triage.reasons.add("incident " + incident.id + ": " + incident.title);
            db.createNativeQuery("insert into incident_complaint (complaint_id, incident_id) values (:c, :i) "
                    + "on conflict do nothing").setParameter("c", triage.complaintId).setParameter("i", incident.id)
                    .executeUpdate();
        }
        incident.updatedAt = now;
        publish(incident);
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
        publish(incident);
        return incident;
    }

    private void publish(Incident incident) {
        List<UUID> complaints = db.createQuery("select t.complaintId from TriageDecision t where t.incidentId = :id",
                UUID.class).setParameter("id", incident.id).getResultList();
        outbox.add(IncidentUpdated.TOPIC, IncidentUpdated.TYPE, IncidentUpdated.SCHEMA, incident.id.toString(),
                new IncidentUpdated(incident.id, incident.status, incident.title, incident.category, incident.product,
                        complaints, incident.resolutionNote, incident.openedAt, incident.updatedAt));
    }
}
