package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lessons' 2-2-1 network against the chain rule written out by hand (Math.exp only, no engine). */
class LessonNetworkTest {
    private static final double[] X = {1, 0.5};
    private static final double T = 0.2;
    private static final double[] W = {0.5, -0.4, 0.3, 0.8, 0.9, -0.6};
    private static final double[] B = {0.1, -0.2, 0.3};
    private static final double RATE = 0.7;

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void everyNumberOfOneStepMatchesTheHandArithmetic() {
        double z1 = W[0] * X[0] + W[1] * X[1] + B[0];
        double z2 = W[2] * X[0] + W[3] * X[1] + B[1];
        double h1 = sigmoid(z1);
        double h2 = sigmoid(z2);
        double z3 = W[4] * h1 + W[5] * h2 + B[2];
        double o = sigmoid(z3);
        double loss = 0.5 * (o - T) * (o - T);
        double deltaO = (o - T) * o * (1 - o);
        double delta1 = W[4] * deltaO * h1 * (1 - h1);
        double delta2 = W[5] * deltaO * h2 * (1 - h2);
        double[] gradients = {delta1 * X[0], delta1 * X[1], delta2 * X[0], delta2 * X[1], deltaO * h1, deltaO * h2};

        Trace t = LessonNetwork.trace(X, T, W, B, RATE);
        assertEquals(z1, t.preActivations(0)[0], 1e-12);
        assertEquals(z2, t.preActivations(0)[1], 1e-12);
        assertEquals(h1, t.outputs(0)[0], 1e-12);
        assertEquals(h2, t.outputs(0)[1], 1e-12);
        assertEquals(z3, t.preActivations(1)[0], 1e-12);
        assertEquals(o, t.outputs(1)[0], 1e-12);
        assertEquals(loss, t.loss(), 1e-12);
        assertEquals(deltaO, t.deltas(1)[0], 1e-12);
        assertEquals(delta1, t.deltas(0)[0], 1e-12);
        assertEquals(delta2, t.deltas(0)[1], 1e-12);
        for (int i = 0; i < 4; i++) {
            assertEquals(gradients[i], t.weightGradients(0)[i], 1e-12, "hidden weight " + i);
            assertEquals(W[i] - RATE * gradients[i], t.after().weights(0)[i], 1e-12, "new hidden weight " + i);
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(gradients[4 + i], t.weightGradients(1)[i], 1e-12, "output weight " + i);
            assertEquals(W[4 + i] - RATE * gradients[4 + i], t.after().weights(1)[i], 1e-12);
        }
        assertEquals(deltaO, t.biasGradients(1)[0], 1e-12);
        assertEquals(B[2] - RATE * deltaO, t.after().biases(1)[0], 1e-12);
    }

    @Test
    void stepsApplyTheRecordedUpdatesOneAfterAnother() {
        double[] losses = LessonNetwork.losses(X, T, W, B, RATE, 3);
        assertEquals(4, losses.length);
        assertEquals(LessonNetwork.trace(X, T, W, B, RATE).loss(), losses[0], 0);
        Trace first = LessonNetwork.trace(X, T, W, B, RATE);
        double[] w1 = new double[6];
        System.arraycopy(first.after().weights(0), 0, w1, 0, 4);
        System.arraycopy(first.after().weights(1), 0, w1, 4, 2);
        double[] b1 = {first.after().biases(0)[0], first.after().biases(0)[1], first.after().biases(1)[0]};
        assertEquals(LessonNetwork.trace(X, T, w1, b1, RATE).loss(), losses[1], 1e-15);
        assertTrue(losses[3] < losses[0], "a small step downhill lowers the loss");
    }
}
