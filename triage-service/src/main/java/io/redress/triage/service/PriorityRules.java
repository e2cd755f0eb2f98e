package io.redress.triage.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.events.v1.ComplaintReceived;

/** The first priority rule: a public complaint many people can see cannot wait as long as a quiet one. */
@ApplicationScoped
public class PriorityRules {

    public record Priority(String level, List<String> reasons) {
    }

    private final TriageConfig config;

    PriorityRules(TriageConfig config) {
        this.config = config;
    }

    public Priority decide(ComplaintReceived complaint) {
        long followers = complaint.author().followers() == null ? 0 : complaint.author().followers();
        if ("public".equals(complaint.visibility()) && followers >= config.wideReachFollowers()) {
            return new Priority("P2", List.of("public complaint with wide reach: " + followers + " followers (threshold "
                    + config.wideReachFollowers() + ")"));
        }
        return new Priority("P3", List.of("no escalating cue: standard priority"));
    }
}
