package io.redress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class TriageMetricsTest {

    private static TriageMetrics.Scrape scrape(double within20, double within30, double all) {
        TreeMap<Double, Double> buckets = new TreeMap<>(Map.of(0.02, within20, 0.03, within30,
                Double.POSITIVE_INFINITY, all));
        return new TriageMetrics.Scrape(buckets, 0, 0, Map.of(), 0);
    }

    @Test
    void theShareWithinTwentyMillisecondsCountsOnlyWhatHappenedBetweenTheScrapes() {
        TriageMetrics.Scrape before = scrape(1_000, 1_000, 1_000);
        TriageMetrics.Scrape after = scrape(1_990, 1_995, 2_000);

        assertEquals(0.99, after.shareWithinSince(before, 20), 1e-9);
        assertEquals(30, after.quantileMillisSince(before, 0.995), 1e-9);
    }

    @Test
    void aBoundTheTimerDoesNotHaveGivesNoShare() {
        TriageMetrics.Scrape before = scrape(0, 0, 0);
        TriageMetrics.Scrape after = scrape(10, 10, 10);

        assertTrue(Double.isNaN(after.shareWithinSince(before, 25)));
    }
}
