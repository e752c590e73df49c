package backprop.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fast paths of {@link MathFunctions#tanh}: tighter than MathFunctionsTest's 1e-12, across both branches. */
class FastTanhTest {
    @Test
    void tanhIsWithinAFewUlpsOfTheJvms() {
        for (int i = 0; i <= 400_000; i++) {
            double x = -22 + 44.0 * i / 400_000;
            double expected = Math.tanh(x);
            double actual = MathFunctions.tanh(x);
            assertTrue(Math.abs(expected - actual) <= 4 * Math.ulp(expected) + Double.MIN_VALUE,
                    "tanh(" + x + "): expected " + expected + ", got " + actual);
        }
    }

    @Test
    void tanhAroundTheBranchPointsAndZero() {
        double[] xs = {0.625, Math.nextDown(0.625), Math.nextUp(0.625), 20, Math.nextUp(20.0), 1e-300, 4.9e-324, 0.0};
        for (double x : xs) {
            for (double sx : new double[] {x, -x}) {
                double expected = Math.tanh(sx);
                assertTrue(Math.abs(expected - MathFunctions.tanh(sx)) <= 4 * Math.ulp(expected) + Double.MIN_VALUE,
                        "tanh(" + sx + ")");
            }
        }
        assertEquals(0.0, 1 / MathFunctions.tanh(0.0) > 0 ? 0.0 : 1.0, "tanh(+0) is +0");
        assertTrue(Double.isNaN(MathFunctions.tanh(Double.NaN)));
    }

    @Test
    void boundedExponentialIsWithinTwoUlps() {
        for (int i = 0; i <= 600_000; i++) {
            double y = 41.0 * i / 600_000;
            double expected = Math.exp(y);
            double actual = MathFunctions.expBounded(y);
            assertTrue(Math.abs(expected - actual) <= 2 * Math.ulp(expected), "exp(" + y + "): " + actual);
        }
    }
}
