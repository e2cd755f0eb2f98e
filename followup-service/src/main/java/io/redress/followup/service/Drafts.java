package io.redress.followup.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.followup.model.SupportCase;

/**
 * Reply drafts from the templates of each playbook step, in the case's language (English when the step has no
 * template in it), with the placeholders filled: {caseRef}, {agent}, {team}, {note}, {link}.
 */
@ApplicationScoped
public class Drafts {

    public static final String CHECK_BACK = "check-back";
    public static final String INCIDENT_RESOLVED = "incident-resolved";
    public static final String SURVEY = "survey";
    private static final String FALLBACK_LANGUAGE = "en";

    private final DraftConfig config;

    Drafts(DraftConfig config) {
        this.config = config;
    }

    public boolean knows(String step) {
        return config.steps().containsKey(step);
    }

    public String render(SupportCase supportCase, String step, String language, String agent) {
        return render(supportCase, step, language, agent, Map.of());
    }

    public String render(SupportCase supportCase, String step, String language, String agent,
            Map<String, String> values) {
        Map<String, String> templates = config.steps().get(step);
        if (templates == null) {
            throw new IllegalArgumentException("No templates for step " + step);
        }
        String text = templates.getOrDefault(language, templates.get(FALLBACK_LANGUAGE));
        text = text.replace("{caseRef}", supportCase.id.toString().substring(0, 8))
                .replace("{agent}", agent != null ? agent : supportCase.agent != null ? supportCase.agent : "our team")
                .replace("{team}", supportCase.team != null ? supportCase.team : "customer care");
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }
}
