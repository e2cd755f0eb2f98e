package io.redress.triage.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.triage.model.TriageDecision;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageDecision, UUID> {

    /** The decisions already made for these complaints, by complaint id; the map may be added to. */
    public Map<UUID, TriageDecision> byIds(List<UUID> complaintIds) {
        Map<UUID, TriageDecision> known = new HashMap<>();
        list("complaintId in ?1", complaintIds).forEach(triage -> known.put(triage.complaintId, triage));
        return known;
    }
}
