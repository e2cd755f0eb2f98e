package io.redress.followup.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How cases are run: closure policy, follow-up timing, what counts as a bad start. */
@ConfigMapping(prefix = "redress.cases")
public interface CaseConfig {

    /** Anger (0..1) from which a customer had a bad start; a high rating later makes them a potential advocate. */
    @WithDefault("0.7")
    double badStartAnger();

    /** After a resolution proposal: when the one "is it solved for you?" reminder goes to the customer. */
    @WithDefault("P3D")
    Duration reminderAfter();

    /** Closure policy: no answer this long after a resolution proposal, with the one reminder sent, closes it. */
    @WithDefault("P7D")
    Duration closeWithoutAnswerAfter();

    /** A handler is reminded when an open case has had no activity this long. */
    @WithDefault("PT24H")
    Duration handlerInactivity();

    /** How often due follow-ups are sent, quiet cases looked for and the closure policy applied. */
    @WithDefault("60s")
    String followUpEvery();
}
