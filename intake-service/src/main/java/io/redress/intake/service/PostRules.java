package io.redress.intake.service;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/** When a public mention becomes a complaint without an operator: a keyword, or triage's score. */
@ApplicationScoped
public class PostRules {

    private final IntakeConfig config;

    PostRules(IntakeConfig config) {
        this.config = config;
    }

    public boolean matchesKeywords(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return config.posts().keywords().orElse(List.of()).stream()
                .map(keyword -> keyword.strip().toLowerCase(Locale.ROOT))
                .anyMatch(keyword -> !keyword.isEmpty() && lower.contains(keyword));
    }

    public boolean reachesThreshold(double complaintScore) {
        return complaintScore >= config.posts().scoreThreshold();
    }
}
