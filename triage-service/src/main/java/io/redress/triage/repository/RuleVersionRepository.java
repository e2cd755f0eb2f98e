package io.redress.triage.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.triage.model.RuleVersion;

@ApplicationScoped
public class RuleVersionRepository implements PanacheRepositoryBase<RuleVersion, Long> {

    public long latestVersion() {
        Long latest = getEntityManager().createQuery("select max(v.version) from RuleVersion v", Long.class)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** Replicas starting together seed the default rules once: the second waits, then finds them. */
    public void lockAgainstConcurrentSeeding() {
        getEntityManager().createNativeQuery("lock table rule_version in share row exclusive mode").executeUpdate();
    }

    /** The version in force, locked so two concurrent changes cannot both build on it. */
    public Optional<RuleVersion> latestForUpdate() {
        return find("order by version desc").withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
