package backprop.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MathFunctionsTest {
    /** Arguments from 1e-300 to 1e308 on a log scale, both signs, plus a dense sweep of [−25, 25]. */
    private static double[] arguments() {
        double[] xs = new double[2 * 609 + 5001 + 1];
        int n = 0;
        for (int e = -300; e <= 308; e++) {
            xs[n++] = 1.37 * Math.pow(10, e) / 1.37;
            xs[n++] = -Math.pow(10, e);
        }
        for (int i = 0; i <= 5000; i++) {
            xs[n++] = -25 + 50.0 * i / 5000;
        }
        xs[n++] = 0.0;
        return xs;
    }

    private static void assertClose(double expected, double actual, double x) {
        double tolerance = 1e-12 * Math.max(Math.abs(expected), Double.MIN_NORMAL);
        assertTrue(Math.abs(expected - actual) <= tolerance,
                "at x = " + x + ": expected " + expected + ", got " + actual);
    }

    @Test
    void tanhMatchesTheJvmToRelative1e12() {
        for (double x : arguments()) {
            assertClose(Math.tanh(x), MathFunctions.tanh(x), x);
        }
    }

    @Test
    void sigmoidMatchesItsDefinitionToRelative1e12() {
        for (double x : arguments()) {
            double expected = 1.0 / (1.0 + Math.exp(-x));
            assertClose(expected, MathFunctions.sigmoid(x), x);
        }
    }

    @Test
    void expm1AndLog1pMatchTheJvm() {
        for (double x : arguments()) {
            if (x < 700) {
                assertClose(Math.expm1(x), MathFunctions.expm1(x), x);
            }
            if (x > -1) {
                assertClose(Math.log1p(x), MathFunctions.log1p(x), x);
            }
        }
    }

    @Test
    void softplusMatchesLogOnePlusExp() {
        for (int i = 0; i <= 2000; i++) {
            double x = -30 + 60.0 * i / 2000;
            assertClose(Math.log1p(Math.exp(x)), MathFunctions.softplus(x), x);
        }
        assertEquals(1000.0, MathFunctions.softplus(1000.0));
        assertEquals(0.0, MathFunctions.softplus(-1000.0));
    }

    @Test
    void finiteAtExtremeArguments() {
        double[] extremes = {1000, -1000, 1e308, -1e308, Double.MAX_VALUE, -Double.MAX_VALUE, 710, -710, 711, -711};
        for (double x : extremes) {
            assertTrue(MathFunctions.isFinite(MathFunctions.tanh(x)), "tanh " + x);
            assertTrue(MathFunctions.isFinite(MathFunctions.sigmoid(x)), "sigmoid " + x);
            assertTrue(MathFunctions.isFinite(MathFunctions.softplus(x)), "softplus " + x);
            for (Activation f : Activation.values()) {
                if (f.elementwise() && f != Activation.LINEAR && f != Activation.RELU && f != Activation.LEAKY_RELU
                        && f != Activation.ELU) {
                    assertTrue(MathFunctions.isFinite(f.value(x)), f + " at " + x);
                }
            }
        }
        assertEquals(1.0, MathFunctions.tanh(1000));
        assertEquals(-1.0, MathFunctions.tanh(-1e308));
        assertEquals(1.0, MathFunctions.sigmoid(1e308));
        assertEquals(0.0, MathFunctions.sigmoid(-1e308));
    }

    @Test
    void isFiniteRecognisesNanAndInfinities() {
        assertTrue(MathFunctions.isFinite(0.0));
        assertTrue(MathFunctions.isFinite(Double.MAX_VALUE));
        assertTrue(!MathFunctions.isFinite(Double.NaN));
        assertTrue(!MathFunctions.isFinite(Double.POSITIVE_INFINITY));
        assertTrue(!MathFunctions.isFinite(Double.NEGATIVE_INFINITY));
    }
}
