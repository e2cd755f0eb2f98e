package io.redress.intake.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.intake.model.AuditEntry;
import io.redress.intake.repository.AuditRepository;

/** Writes the append-only history of complaints and customers, in the transaction of the change itself. */
@ApplicationScoped
public class AuditTrail {

    private final AuditRepository entries;

    AuditTrail(AuditRepository entries) {
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID complaintId, UUID customerId, String actor, String action, Map<String, Object> before,
            Map<String, Object> after) {
        var entry = new AuditEntry();
        entry.complaintId = complaintId;
        entry.customerId = customerId;
        entry.actor = actor;
        entry.action = action;
        entry.before = before;
        entry.after = after;
        entry.at = Instant.now();
        entries.persist(entry);
    }

    public List<AuditEntry> ofComplaint(UUID complaintId) {
        return entries.ofComplaint(complaintId);
    }

    public List<AuditEntry> ofCustomer(UUID customerId) {
        return entries.ofCustomer(customerId);
    }
}
