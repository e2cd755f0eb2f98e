package io.redress.triage.service;

import java.util.List;

import io.redress.triage.rules.RuleValidator;

/** A change (to the rules or to a decision) that is not valid; nothing was stored. */
public class InvalidChange extends RuntimeException {

    private final transient List<RuleValidator.Violation> violations;

    public InvalidChange(List<RuleValidator.Violation> violations) {
        super("the change is not valid");
        this.violations = violations;
    }

    public List<RuleValidator.Violation> violations() {
        return violations;
    }
}
