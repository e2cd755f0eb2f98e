package io.redress.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.intake.model.AuditEntry;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    public List<AuditEntry> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by id", complaintId);
    }

    public List<AuditEntry> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by id", customerId);
    }
}
