package io.redress.followup.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.followup.model.CaseEvent;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.CaseEventRepository;

/** Writes the case's audit trail in the caller's transaction; every entry also counts as activity. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Timeline {

    private final CaseEventRepository events;

    Timeline(CaseEventRepository events) {
        this.events = events;
    }

    public CaseEvent record(SupportCase supportCase, String kind, String actor, String reason, Instant at) {
        var event = new CaseEvent();
        event.caseId = supportCase.id;
        event.kind = kind;
        event.actor = actor;
        event.reason = reason;
        event.at = at;
        events.persist(event);
        supportCase.lastActivityAt = at;
        return event;
    }

    public CaseEvent recordText(SupportCase supportCase, String kind, String actor, String text, String visibility,
            UUID refId, Instant at) {
        CaseEvent event = record(supportCase, kind, actor, null, at);
        event.text = text;
        event.visibility = visibility;
        event.refId = refId;
        return event;
    }
}
