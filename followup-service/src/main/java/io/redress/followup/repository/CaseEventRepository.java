package io.redress.followup.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.followup.model.CaseEvent;

@ApplicationScoped
public class CaseEventRepository implements PanacheRepositoryBase<CaseEvent, Long> {

    public List<CaseEvent> timeline(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
