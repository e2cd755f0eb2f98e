package io.redress.followup.service;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "redress.surveys")
public interface SurveyConfig {

    /** Public address of the survey page; the token is appended. */
    String baseUrl();
}
