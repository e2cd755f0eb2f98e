package io.redress.followup.service;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/** Reply templates by playbook step and language: {@code redress.drafts.<step>.<language>=text}. */
@ConfigMapping(prefix = "redress.drafts")
public interface DraftConfig {

    @WithParentName
    Map<String, Map<String, String>> steps();
}
