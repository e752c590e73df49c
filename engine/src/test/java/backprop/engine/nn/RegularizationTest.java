package backprop.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegularizationTest {
    private static Network line(double w, double b) {
        Network net = new Network(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR, Init.ZERO, new Rng(1));
        net.weights(0)[0] = w;
        net.biases(0)[0] = b;
        return net;
    }

    /** One SGD step on a single example x → t. */
    private static void step(Network net, double x, double t, double eta, Regularization reg, double lambda) {
        net.forward(new double[] {x}, 0);
        net.backward(Loss.SQUARE, new double[] {t}, 0);
        net.applyUpdate(new Optimizer(OptimizerType.SGD, net.shape()), eta, reg, lambda);
    }

    @Test
    void l1SetsAWeightToZeroInsteadOfCarryingItAcrossZero() {
        Network net = line(0.001, 0.3);
        step(net, 1.0, 0.301, 0.1, Regularization.L1, 1.0); // o = t: the loss gradient is 0
        assertEquals(0.0, net.weights(0)[0]);
        assertEquals(-0.001, net.weightChanges(0)[0], 1e-18);
        assertEquals(0.3, net.biases(0)[0], "biases are not regularized");

        Network negative = line(-0.001, 0.0);
        step(negative, 1.0, -0.001, 0.1, Regularization.L1, 1.0);
        assertEquals(0.0, negative.weights(0)[0]);
    }

    @Test
    void l1MovesAWeightTowardsZeroByEtaLambda() {
        Network net = line(0.5, 0.0);
        step(net, 1.0, 0.5, 0.1, Regularization.L1, 0.3);
        assertEquals(0.5 - 0.1 * 0.3, net.weights(0)[0], 1e-15);
    }

    @Test
    void regularizationFollowsTheWeightAfterTheDataStep() {
        double w = 0.02;
        double x = 1.0;
        double t = 2.0;
        double eta = 0.1;
        double lambda = 0.5;
        // data step: w1 = w − η (o − t) x = 0.02 + 0.198 = 0.218 (positive, so L1 pulls it down)
        double w1 = w - eta * ((w * x) - t) * x;
        Network l1 = line(w, 0);
        step(l1, x, t, eta, Regularization.L1, lambda);
        assertEquals(w1 - eta * lambda, l1.weights(0)[0], 1e-15);

        Network l2 = line(w, 0);
        step(l2, x, t, eta, Regularization.L2, lambda);
        assertEquals(w1 - eta * lambda * w1, l2.weights(0)[0], 1e-15);
        assertEquals(w1 - eta * lambda * w1 - w, l2.weightChanges(0)[0], 1e-15);
    }

    @Test
    void noneAndRateZeroLeaveTheDataStepAlone() {
        Network none = line(0.4, 0);
        step(none, 1.0, 0.4, 0.1, Regularization.NONE, 5.0);
        assertEquals(0.4, none.weights(0)[0]);
        Network zeroRate = line(0.4, 0);
        step(zeroRate, 1.0, 0.4, 0.1, Regularization.L2, 0.0);
        assertEquals(0.4, zeroRate.weights(0)[0]);
    }
}
