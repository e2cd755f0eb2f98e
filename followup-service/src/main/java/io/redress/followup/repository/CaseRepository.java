package io.redress.followup.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.redress.followup.model.SupportCase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<SupportCase, UUID> {

    public Optional<SupportCase> findByComplaint(UUID complaintId) {
        return find("complaintId", complaintId).firstResultOptional();
    }

    public List<SupportCase> newest(int limit) {
        return findAll(Sort.descending("openedAt")).page(0, limit).list();
    }
}
