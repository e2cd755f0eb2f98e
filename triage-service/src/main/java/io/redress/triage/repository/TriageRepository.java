package io.redress.triage.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.triage.model.TriageDecision;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageDecision, UUID> {
}
