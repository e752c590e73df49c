package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpochScaleTest {
    private static final int L = EpochScale.LINEAR_EPOCHS;

    @Test
    void isTheEpochItselfUpToTheLinearLimit() {
        for (int e = 0; e <= L; e++) {
            assertEquals(e, EpochScale.position(e), 1e-12);
        }
    }

    @Test
    void growsEverMoreSlowlyAfterItWithoutAKink() {
        double before = EpochScale.position(L) - EpochScale.position(L - 1);
        double after = EpochScale.position(L + 1) - EpochScale.position(L);
        assertEquals(before, after, 0.01, "the same slope on both sides of the linear limit");
        double previousStep = Double.MAX_VALUE;
        for (int e = L; e < 1_000_000; e *= 2) {
            double step = EpochScale.position(2.0 * e) - EpochScale.position(e);
            assertTrue(step > 0, "monotone at " + e);
            assertTrue(step <= previousStep + 1e-9, "a doubling of the epochs never takes more room later: " + e);
            previousStep = step;
        }
        // Logarithmic: every tenfold of epochs takes the same room.
        assertEquals(EpochScale.position(10 * L) - EpochScale.position(L),
                EpochScale.position(1000 * L) - EpochScale.position(100 * L), 1e-9);
    }

    @Test
    void epochAtUndoesPosition() {
        for (double e : new double[] {0, 1, 37.5, L, L + 1, 12_345, 2e6}) {
            assertEquals(e, EpochScale.epochAt(EpochScale.position(e)), 1e-6 * Math.max(1, e));
        }
    }

    @Test
    void theFirstHundredEpochsKeepRoomAfter32000() {
        double f = EpochScale.fraction(L, 0, 32_000);
        assertTrue(f > 0.12, "the first " + L + " epochs take " + f + " of the width");
        assertEquals(0, EpochScale.fraction(0, 0, 32_000));
        assertEquals(1, EpochScale.fraction(32_000, 0, 32_000));
        assertEquals(0.5, EpochScale.fraction(50, 0, L), 1e-12, "linear while the run is short");
        assertEquals(0, EpochScale.fraction(5, 5, 5), "an empty span");
    }
}
