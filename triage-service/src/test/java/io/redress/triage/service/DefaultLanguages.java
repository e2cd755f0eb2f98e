package io.redress.triage.service;

import java.util.List;

import io.smallrye.config.WithDefault;

/** The languages triage tells apart when nothing is configured, read from {@link TriageConfig}'s default. */
public final class DefaultLanguages {

    private DefaultLanguages() {
    }

    public static List<String> all() {
        try {
            return List.of(TriageConfig.class.getMethod("languages").getAnnotation(WithDefault.class).value()
                    .split(","));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("TriageConfig has no languages()", e);
        }
    }
}
