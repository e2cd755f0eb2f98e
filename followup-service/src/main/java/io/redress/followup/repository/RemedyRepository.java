package io.redress.followup.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.followup.model.Remedy;

@ApplicationScoped
public class RemedyRepository implements PanacheRepositoryBase<Remedy, UUID> {

    public Optional<Remedy> byKey(UUID caseId, String idempotencyKey) {
        return find("caseId = ?1 and idempotencyKey = ?2", caseId, idempotencyKey).firstResultOptional();
    }

    public List<Remedy> approved(UUID caseId) {
        return list("caseId = ?1 and status = ?2", caseId, Remedy.APPROVED);
    }

    public Optional<Remedy> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
