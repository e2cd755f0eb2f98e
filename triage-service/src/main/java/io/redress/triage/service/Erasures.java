package io.redress.triage.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.redress.events.v1.CustomerErased;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.repository.ProcessedEvents;
import io.redress.triage.repository.ComplaintLocks;
import io.redress.triage.repository.TriageRepository;

/**
 * Forgets what a customer wrote: the stored texts (decisions, agents' labels, waiting messages), the matched
 * words quoted in the reasons and the words of the problem signature. The decisions themselves stay, without
 * personal data, and a new revision with the erased reasons is published so consumers that keep the latest
 * revision forget the words too.
 */
@ApplicationScoped
public class Erasures {

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    static final String ERASED = "\"[erased]\"";

    private final TriageRepository decisions;
    private final ProcessedEvents processed;
    private final EntityManager db;
    private final TriageAnnouncer announcer;
    private final Incidents incidents;
    private final ComplaintLocks locks;

    Erasures(TriageRepository decisions, ProcessedEvents processed, EntityManager db, TriageAnnouncer announcer,
            Incidents incidents, ComplaintLocks locks) {
        this.locks = locks;
        this.decisions = decisions;
        this.processed = processed;
        this.db = db;
        this.announcer = announcer;
        this.incidents = incidents;
    }

    @Transactional
    public void erase(String eventId, CustomerErased erasure) {
        if (!processed.firstTime(eventId) || erasure.complaintIds().isEmpty()) {
            return;
        }
        // Read under the complaints' locks: an incident placement or re-decision in flight cannot write the text back.
        locks.lock(erasure.complaintIds());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (TriageDecision triage : decisions.list("complaintId in ?1", erasure.complaintIds())) {
            triage.text = null;
            triage.reasons = redact(triage.reasons);
            incidents.forget(triage);
            triage.erasedAt = now;
            triage.revision++;
            triage.triagedAt = now;
            announcer.announce(triage);
        }
        db.createNativeQuery("update triage_correction set text = null where complaint_id in (:ids)")
                .setParameter("ids", erasure.complaintIds()).executeUpdate();
        db.createNativeQuery("delete from pending_message where complaint_id in (:ids)")
                .setParameter("ids", erasure.complaintIds()).executeUpdate();
    }

    static List<String> redact(List<String> reasons) {
        return reasons.stream().map(reason -> QUOTED.matcher(reason).replaceAll(ERASED)).toList();
    }
}
