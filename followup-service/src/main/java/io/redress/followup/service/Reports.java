package io.redress.followup.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.followup.repository.ReportFilter;
import io.redress.followup.repository.ReportRepository;
import io.redress.followup.repository.ReportRepository.CaseFigures;

/**
 * The summary of the cases received in a window. Percentiles are nearest-rank (the smallest value with at
 * least p% of values at or below it), times in seconds; rates are shares of the window's cases, four decimals.
 */
@ApplicationScoped
public class Reports {

    private final ReportRepository figures;

    Reports(ReportRepository figures) {
        this.figures = figures;
    }

    @Transactional
    public Summary summary(ReportFilter filter) {
        List<CaseFigures> cases = figures.cases(filter);
        List<Integer> ratings = figures.ratings(filter);
        return new Summary(cases.size(),
                times(cases.stream().filter(c -> c.firstRespondedAt() != null)
                        .map(c -> Duration.between(c.receivedAt(), c.firstRespondedAt()).toSeconds()).toList()),
                times(cases.stream().filter(c -> c.resolvedAt() != null)
                        .map(c -> Duration.between(c.receivedAt(), c.resolvedAt()).toSeconds()).toList()),
                share(cases, c -> !c.slaBreached()),
                share(cases, c -> c.reopenCount() > 0),
                new Csat(ratings.size(), ratings.isEmpty() ? null : BigDecimal.valueOf(
                        ratings.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP)),
                figures.approvedRemedyCosts(filter),
                cases.stream().map(CaseFigures::incidentId).filter(Objects::nonNull).distinct().count());
    }

    private static Times times(List<Long> seconds) {
        List<Long> sorted = seconds.stream().sorted().toList();
        return new Times(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
    }

    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static BigDecimal share(List<CaseFigures> cases, Predicate<CaseFigures> counted) {
        if (cases.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(cases.stream().filter(counted).count())
                .divide(BigDecimal.valueOf(cases.size()), 4, RoundingMode.HALF_UP);
    }

    public record Times(int count, Long p50Seconds, Long p90Seconds) {
    }

    public record Csat(int count, BigDecimal average) {
    }

    public record Summary(int volume, Times firstResponse, Times resolution, BigDecimal slaCompliance,
            BigDecimal reopenRate, Csat csat, List<ReportRepository.Cost> remediesCost, long incidents) {
    }
}
