package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.Preset;
import org.junit.jupiter.api.Test;

/**
 * The textbook example against the chain rule written out by hand here (Math.exp and the
 * formulas, no engine class), and against the figures the classic worked example publishes.
 */
class TextbookExampleTest {
    private static final double[] IN = {0.05, 0.10};
    private static final double[] T = {0.01, 0.99};
    private static final double[] W = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};
    private static final double[] B = {0.35, 0.35, 0.60, 0.60};

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Every number of one step, by hand: [net h1,h2,o1,o2, out h1,h2,o1,o2, E, dE/dw1..8, dE/db1..4]. */
    private static double[] byHand(double[] i, double[] t, double[] w, double[] b) {
        double netH1 = w[0] * i[0] + w[1] * i[1] + b[0];
        double netH2 = w[2] * i[0] + w[3] * i[1] + b[1];
        double outH1 = sigmoid(netH1);
        double outH2 = sigmoid(netH2);
        double netO1 = w[4] * outH1 + w[5] * outH2 + b[2];
        double netO2 = w[6] * outH1 + w[7] * outH2 + b[3];
        double outO1 = sigmoid(netO1);
        double outO2 = sigmoid(netO2);
        double e = 0.5 * (t[0] - outO1) * (t[0] - outO1) + 0.5 * (t[1] - outO2) * (t[1] - outO2);
        // ∂E/∂net_o = ∂E/∂out_o · ∂out_o/∂net_o = −(t − out) · out(1 − out)
        double dO1 = -(t[0] - outO1) * outO1 * (1 - outO1);
        double dO2 = -(t[1] - outO2) * outO2 * (1 - outO2);
        // ∂E/∂out_h = Σ_o ∂E/∂net_o · w(h→o); then · out_h(1 − out_h)
        double dH1 = (dO1 * w[4] + dO2 * w[6]) * outH1 * (1 - outH1);
        double dH2 = (dO1 * w[5] + dO2 * w[7]) * outH2 * (1 - outH2);
        return new double[] {netH1, netH2, netO1, netO2, outH1, outH2, outO1, outO2, e,
            dH1 * i[0], dH1 * i[1], dH2 * i[0], dH2 * i[1], dO1 * outH1, dO1 * outH2, dO2 * outH1, dO2 * outH2,
            dH1, dH2, dO1, dO2};
    }

    private static void assertMatchesHand(TextbookExample ex, double[] i, double[] t, double[] w, double[] b,
            double rate, boolean fixed) {
        double[] h = byHand(i, t, w, b);
        for (int j = 0; j < 4; j++) {
            assertEquals(h[j], ex.net(j), 1e-12, "net " + j);
            assertEquals(h[4 + j], ex.out(j), 1e-12, "out " + j);
            assertEquals(h[17 + j], ex.biasGradient(j), 1e-12, "dE/db" + (j + 1));
            assertEquals(fixed ? b[j] : b[j] - rate * h[17 + j], ex.updatedBias(j), 1e-12, "b" + (j + 1) + "+");
        }
        assertEquals(h[8], ex.totalError(), 1e-12, "E");
        assertEquals(h[8], ex.error(0) + ex.error(1), 1e-12, "E = E_o1 + E_o2");
        for (int n = 0; n < 8; n++) {
            assertEquals(h[9 + n], ex.weightGradient(n), 1e-12, "dE/dw" + (n + 1));
            assertEquals(w[n] - rate * h[9 + n], ex.updatedWeight(n), 1e-12, "w" + (n + 1) + "+");
        }
    }

    @Test
    void theDefaultsMatchTheHandArithmetic() {
        assertMatchesHand(TextbookExample.of(new Preset()), IN, T, W, B, 0.5, true);
    }

    @Test
    void theDefaultsMatchThePublishedFigures() {
        TextbookExample ex = TextbookExample.of(new Preset());
        // As the classic worked example prints them (rounded to its 8-9 digits).
        assertEquals(0.593269992, ex.out(0), 5e-10);
        assertEquals(0.596884378, ex.out(1), 5e-10);
        assertEquals(0.75136507, ex.out(2), 5e-9);
        assertEquals(0.772928465, ex.out(3), 5e-10);
        assertEquals(0.298371109, ex.totalError(), 5e-10);
        assertEquals(0.082167041, ex.weightGradient(4), 5e-10);
        assertEquals(0.35891648, ex.updatedWeight(4), 5e-9);
        assertEquals(0.408666186, ex.updatedWeight(5), 5e-10);
        assertEquals(0.511301270, ex.updatedWeight(6), 5e-10);
        assertEquals(0.561370121, ex.updatedWeight(7), 5e-10);
        assertEquals(0.000438568, ex.weightGradient(0), 5e-10);
        assertEquals(0.149780716, ex.updatedWeight(0), 5e-10);
        assertEquals(0.19956143, ex.updatedWeight(1), 5e-9);
        assertEquals(0.24975114, ex.updatedWeight(2), 5e-9);
        assertEquals(0.29950229, ex.updatedWeight(3), 5e-9);
        assertEquals(0.35, ex.updatedBias(0), 0);
        assertEquals(0.6, ex.updatedBias(3), 0);
    }

    @Test
    void otherNumbersAndMovingBiasesMatchTheHandArithmetic() {
        double[] i = {-1.5, 0.7};
        double[] t = {0.9, 0.2};
        double[] w = {0.3, -0.8, 1.1, 0.05, -0.6, 0.9, 0.25, -1.3};
        double[] b = {0.1, -0.2, 0.4, -0.05};
        assertMatchesHand(TextbookExample.compute(i, t, w, b, 1.7, false), i, t, w, b, 1.7, false);
        assertMatchesHand(TextbookExample.compute(i, t, w, b, 1.7, true), i, t, w, b, 1.7, true);
    }

    @Test
    void twoBiasesAreOnePerLayer() {
        TextbookExample two = TextbookExample.compute(IN, T, W, new double[] {0.35, 0.6}, 0.5, true);
        assertMatchesHand(two, IN, T, W, B, 0.5, true);
    }

    @Test
    void theErrorAfterTheStepIsTheUpdatedNetworksError() {
        TextbookExample ex = TextbookExample.of(new Preset());
        double[] w = new double[8];
        for (int n = 0; n < 8; n++) {
            w[n] = W[n] - 0.5 * byHand(IN, T, W, B)[9 + n];
        }
        double after = byHand(IN, T, w, B)[8];
        assertEquals(after, ex.totalErrorAfter(), 1e-12);
        assertTrue(after < ex.totalError());
    }

    @Test
    void badBiasCountIsRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextbookExample.compute(IN, T, W, new double[] {1, 2, 3}, 0.5, true));
        assertEquals("biases: give 4 (b1..b4, one per neuron) or 2 (one per layer), not 3", e.getMessage());
    }
}
