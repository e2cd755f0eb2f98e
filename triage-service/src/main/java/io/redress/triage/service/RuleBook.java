package io.redress.triage.service;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.redress.triage.model.RuleVersion;
import io.redress.triage.repository.RuleVersionRepository;
import io.redress.triage.rules.CompiledRules;
import io.redress.triage.rules.DefaultRules;
import io.redress.triage.rules.RuleSet;
import io.redress.triage.rules.RuleValidator;

/**
 * The operators' rules in force. Starts from the shipped defaults (version 1); every change is validated as a
 * whole and stored as a new version. Each replica notices a newer version within a second or two.
 */
@ApplicationScoped
public class RuleBook {

    private static final long RECHECK_MILLIS = 1_000;

    private final RuleVersionRepository versions;
    private final TriageConfig config;
    private final ObjectMapper json;
    private volatile CompiledRules current;
    private volatile long checkedAt;

    RuleBook(RuleVersionRepository versions, TriageConfig config, ObjectMapper json) {
        this.versions = versions;
        this.config = config;
        this.json = json;
    }

    void seed(@Observes StartupEvent started) {
        seedIfEmpty();
    }

    /** Consumers may ask for the rules before start-up has seeded them: whoever comes first seeds, once. */
    private synchronized void seedIfEmpty() {
        QuarkusTransaction.requiringNew().run(() -> {
            versions.lockAgainstConcurrentSeeding();
            if (versions.latestVersion() == 0) {
                RuleSet defaults = DefaultRules.load(config.languages(), json);
                List<RuleValidator.Violation> problems = RuleValidator.ruleSet(defaults);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("The shipped default rules are invalid: " + problems);
                }
                versions.persist(version(1, "system", "default rules", defaults));
            }
        });
    }

    public CompiledRules current() {
        long now = System.currentTimeMillis();
        if (current == null || now - checkedAt > RECHECK_MILLIS) {
            if (QuarkusTransaction.joiningExisting().call(versions::latestVersion) == 0) {
                seedIfEmpty();
            }
            long latest = QuarkusTransaction.joiningExisting().call(versions::latestVersion);
            if (current == null || current.version() != latest) {
                RuleVersion version = QuarkusTransaction.joiningExisting().call(() -> versions.findById(latest));
                current = new CompiledRules(version.version, version.rules);
            }
            checkedAt = now;
        }
        return current;
    }

    /** Applies one change to the rules in force and stores the result as the next version, if it is valid. */
    @Transactional
    public RuleVersion change(String actor, String description, UnaryOperator<RuleSet> edit) {
        RuleVersion latest = versions.latestForUpdate().orElseThrow();
        RuleSet changed = edit.apply(latest.rules);
        List<RuleValidator.Violation> problems = RuleValidator.ruleSet(changed);
        if (!problems.isEmpty()) {
            throw new InvalidChange(problems);
        }
        RuleVersion next = version(latest.version + 1, actor, description, changed);
        versions.persist(next);
        checkedAt = 0;
        return next;
    }

    public List<RuleVersion> history() {
        return versions.list("order by version desc");
    }

    private static RuleVersion version(long number, String actor, String description, RuleSet rules) {
        var version = new RuleVersion();
        version.version = number;
        version.changedAt = Instant.now();
        version.changedBy = actor;
        version.change = description;
        version.rules = rules;
        return version;
    }
}
