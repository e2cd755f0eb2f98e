package io.redress.triage.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.events.v1.ComplaintTriaged;
import io.redress.triage.mapping.TriageMapper;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.repository.RoundTrip;

/** Publishes decisions' current revisions through the outbox, in the caller's transaction. */
@ApplicationScoped
public class TriageAnnouncer {

    private final Outbox outbox;
    private final TriageMapper mapper;

    TriageAnnouncer(Outbox outbox, TriageMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** The event announcing the decision's current revision, in the trace current now. */
    public Outbox.Pending revision(TriageDecision triage) {
        return outbox.event(ComplaintTriaged.TOPIC, ComplaintTriaged.TYPE, ComplaintTriaged.SCHEMA,
                triage.complaintId.toString(), mapper.toTriaged(triage));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(TriageDecision triage) {
        outbox.add(List.of(revision(triage)));
    }

    /** Records revisions made earlier with {@link #revision}, in their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(List<Outbox.Pending> revisions) {
        outbox.add(revisions);
    }

    /** The same, as a statement of a round trip the caller sends in its transaction. */
    public void announce(RoundTrip trip, List<Outbox.Pending> revisions) {
        outbox.add(trip, revisions);
    }
}
