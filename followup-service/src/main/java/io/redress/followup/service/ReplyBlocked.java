package io.redress.followup.service;

import java.util.List;

import io.redress.followup.checking.Finding;

/** The checker found something that must not go out; answered with 422 and the findings. */
public class ReplyBlocked extends RuntimeException {

    private final transient List<Finding> findings;

    public ReplyBlocked(List<Finding> findings) {
        super("The reply was not sent: " + findings.stream().filter(f -> f.severity() == Finding.Severity.BLOCK)
                .map(Finding::rule).distinct().toList());
        this.findings = findings;
    }

    public List<Finding> findings() {
        return findings;
    }
}
