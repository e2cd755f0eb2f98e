package io.redress.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.events.v1.ComplaintTriaged;
import io.redress.triage.mapping.TriageMapper;
import io.redress.triage.model.TriageDecision;
import io.redress.triage.outbox.Outbox;

/** Publishes a decision's current revision through the outbox, in the caller's transaction. */
@ApplicationScoped
public class TriageAnnouncer {

    private final Outbox outbox;
    private final TriageMapper mapper;

    TriageAnnouncer(Outbox outbox, TriageMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(TriageDecision triage) {
        outbox.add(ComplaintTriaged.TOPIC, ComplaintTriaged.TYPE, ComplaintTriaged.SCHEMA,
                triage.complaintId.toString(), mapper.toTriaged(triage));
    }
}
