package io.redress.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void oneToHundredGivesTheRankItself() {
        double[] samples = IntStream.rangeClosed(1, 100).mapToDouble(i -> i).toArray();

        Percentiles p = Percentiles.of(samples);

        assertEquals(100, p.count());
        assertEquals(50, p.p50());
        assertEquals(95, p.p95());
        assertEquals(99, p.p99());
        assertEquals(100, p.max());
    }

    @Test
    void nearestRankIsAnObservedValueNotAnInterpolation() {
        Percentiles p = Percentiles.of(new double[] {10, 20, 30, 40});

        assertEquals(20, p.p50()); // ceil(0.5 * 4) = 2nd smallest
        assertEquals(40, p.p95()); // ceil(0.95 * 4) = 4th
        assertEquals(40, p.p99());
    }

    @Test
    void wholePercentilesStayExactWhereBinaryFractionsWouldNot() {
        // 0.14 * 50 is 7.000000000000001 in doubles; ceil of that would pick the 8th value instead of the 7th.
        double[] samples = IntStream.rangeClosed(1, 50).mapToDouble(i -> i).toArray();

        assertEquals(7, Percentiles.rank(samples, 14));
    }

    @Test
    void unsortedInputIsSortedOnACopy() {
        double[] samples = {5, 1, 4, 2, 3};

        Percentiles p = Percentiles.of(samples);

        assertEquals(3, p.p50());
        assertEquals(5, p.max());
        assertArrayEquals(new double[] {5, 1, 4, 2, 3}, samples);
    }

    @Test
    void singleSampleIsEveryPercentile() {
        Percentiles p = Percentiles.of(new double[] {7.5});

        assertEquals(7.5, p.p50());
        assertEquals(7.5, p.p99());
        assertEquals(7.5, p.max());
    }

    @Test
    void noSamplesGiveNaNAndSaySo() {
        Percentiles p = Percentiles.of(new double[0]);

        assertEquals(0, p.count());
        assertTrue(Double.isNaN(p.p99()));
        assertEquals("no samples", p.describe("ms"));
    }

    @Test
    void percentileOutsideRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.rank(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.rank(new double[] {1}, 101));
    }
}
