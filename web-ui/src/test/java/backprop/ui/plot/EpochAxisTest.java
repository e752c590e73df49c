package backprop.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpochAxisTest {
    @Test
    void isMonotoneAndSpansTheWidth() {
        EpochAxis axis = new EpochAxis(0, 32_000, 30, 300);
        assertEquals(30, axis.x(0), 1e-9);
        assertEquals(330, axis.x(32_000), 1e-9);
        double previous = axis.x(0);
        for (int e = 1; e <= 32_000; e++) {
            double x = axis.x(e);
            assertTrue(x > previous, "strictly increasing at epoch " + e);
            previous = x;
        }
    }

    @Test
    void theFirstHundredEpochsKeepAtLeastATwelfthOfTheWidthUpToAMillionEpochs() {
        for (int last : new int[] {100, 300, 5_000, 32_000, 1_000_000}) {
            EpochAxis axis = new EpochAxis(0, last, 30, 300);
            double room = axis.x(100) - axis.x(0);
            assertTrue(room >= 300 / 12.0, "after " + last + " epochs the first 100 take " + room + " px of 300");
        }
        // The first ten epochs are never squeezed into a pixel: the "cliff" of a linear axis.
        assertTrue(new EpochAxis(0, 32_000, 0, 300).x(10) >= 4);
    }

    @Test
    void isLinearWhileTheRunIsShort() {
        EpochAxis axis = new EpochAxis(0, 80, 0, 400);
        assertEquals(200, axis.x(40), 1e-9);
        assertEquals(false, axis.compressed());
        assertTrue(new EpochAxis(0, 101, 0, 400).compressed());
    }

    @Test
    void ticksAreOrderedApartAndEndAtTheLastEpoch() {
        for (int last : new int[] {1, 50, 120, 999, 32_000, 2_000_000}) {
            EpochAxis axis = new EpochAxis(0, last, 30, 300);
            int[] ticks = axis.ticks();
            assertEquals(0, ticks[0]);
            assertEquals(Math.max(last, 1), ticks[ticks.length - 1]);
            for (int i = 1; i < ticks.length; i++) {
                assertTrue(axis.x(ticks[i]) - axis.x(ticks[i - 1]) >= EpochAxis.LABEL_ROOM || i == ticks.length - 1,
                        "tick " + ticks[i] + " apart from " + ticks[i - 1]);
                assertTrue(ticks[i] > ticks[i - 1]);
            }
        }
        assertArrayEquals(new int[] {0, 100, 1000, 10_000, 32_000}, new EpochAxis(0, 32_000, 30, 300).ticks());
        assertArrayEquals(new int[] {0}, new EpochAxis(0, 0, 30, 300).ticks(), "one sample: no made-up last epoch");
    }

    @Test
    void labelsAreShort() {
        assertEquals("950", EpochAxis.label(950));
        assertEquals("32k", EpochAxis.label(32_000));
        assertEquals("1M", EpochAxis.label(1_000_000));
        assertEquals("1.2M", EpochAxis.label(1_250_000));
    }
}
