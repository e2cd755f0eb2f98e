package io.redress.followup.repository;

import java.time.Instant;

/** Cases received in [from, to), optionally of one team, channel, category or language. */
public record ReportFilter(Instant from, Instant to, String team, String channel, String category, String language) {
}
