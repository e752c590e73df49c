package backprop.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The regularization step, TensorFlow Playground's rule, against numbers worked out by hand. */
class RegularizationTest {
    private static Network line(double w, double b) {
        Network net = new Network(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR, Init.ZERO, new Rng(1));
        net.weights(0)[0] = w;
        net.biases(0)[0] = b;
        return net;
    }

    /** One SGD step on a single example x → t. */
    private static void step(Network net, double[] x, double t, double eta, Regularization reg, double lambda) {
        net.forward(x, 0);
        net.backward(Loss.SQUARE, new double[] {t}, 0);
        net.applyUpdate(new Optimizer(OptimizerType.SGD, net.shape()), eta, reg, lambda);
    }

    private static void step(Network net, double x, double t, double eta, Regularization reg, double lambda) {
        step(net, new double[] {x}, t, eta, reg, lambda);
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
        assertEquals(0, net.deadLinks().count(), "a weight L1 does not carry across zero lives on");
    }

    @Test
    void oneL2StepTakesTheDerivativeAtTheWeightBeforeTheDataStep() {
        // w₀ = 0.02, x = 1, t = 2, η = 0.1, λ = 0.5: o = 0.02, ∂L/∂w = (o − t)·x = −1.98,
        // w₁ = 0.02 + 0.198 = 0.218, w₂ = w₁ − η·λ·w₀ = 0.218 − 0.001 = 0.217 (not 0.218 − 0.05·0.218).
        Network l2 = line(0.02, 0);
        step(l2, 1.0, 2.0, 0.1, Regularization.L2, 0.5);
        assertEquals(0.217, l2.weights(0)[0], 1e-15);
        assertEquals(0.197, l2.weightChanges(0)[0], 1e-15);
        assertEquals(0.198, l2.biases(0)[0], 1e-15, "biases are not regularized");
    }

    @Test
    void l1TakesTheSignOfTheWeightBeforeTheDataStep() {
        // w₀ = −0.01, x = 1, t = 2, η = 0.1, λ = 0.5: o = −0.01, w₁ = −0.01 + 0.201 = 0.191,
        // R'(w₀) = −1, so w₂ = 0.191 + 0.05 = 0.241 (and no crossing: w₁ and w₂ are both positive).
        Network l1 = line(-0.01, 0);
        step(l1, 1.0, 2.0, 0.1, Regularization.L1, 0.5);
        assertEquals(0.241, l1.weights(0)[0], 1e-15);
        assertEquals(0, l1.deadLinks().count());
    }

    @Test
    void aLinkL1StopsAtZeroIsDeadAndStaysZeroWhileItsNeighboursMove() {
        // o = w_a·1 + w_b·1 + b, t = 0.61, η = 0.1, λ = 0.5 (η·λ = 0.05).
        Network net = new Network(new int[] {2, 1}, Activation.LINEAR, Activation.LINEAR, Init.ZERO, new Rng(1));
        net.weights(0)[0] = 0.01;
        net.weights(0)[1] = 0.5;
        double[] x = {1, 1};
        // Batch 1: o = 0.51, o − t = −0.1. w_a: 0.01 + 0.01 = 0.02, then 0.02 − 0.05 < 0: 0, dead.
        // w_b: 0.5 + 0.01 − 0.05 = 0.46. b: 0 + 0.01 = 0.01.
        step(net, x, 0.61, 0.1, Regularization.L1, 0.5);
        assertEquals(0.0, net.weights(0)[0]);
        assertTrue(net.deadLinks().isDead(0, 0));
        assertFalse(net.deadLinks().isDead(0, 1));
        assertEquals(0.46, net.weights(0)[1], 1e-15);
        assertEquals(0.01, net.biases(0)[0], 1e-15);
        // Batch 2: o = 0.47, o − t = −0.14. A live w_a would take 0 + 0.014 − 0 = 0.014; dead, it stays 0.
        // w_b: 0.46 + 0.014 − 0.05 = 0.424. b: 0.01 + 0.014 = 0.024.
        net.forward(x, 0);
        net.backward(Loss.SQUARE, new double[] {0.61}, 0);
        assertEquals(0.0, net.weightGradients(0)[0], "a dead link gathers no gradient");
        assertEquals(-0.14, net.weightGradients(0)[1], 1e-15);
        net.applyUpdate(new Optimizer(OptimizerType.SGD, net.shape()), 0.1, Regularization.L1, 0.5);
        assertEquals(0.0, net.weights(0)[0]);
        assertEquals(0.0, net.weightChanges(0)[0]);
        assertEquals(0.424, net.weights(0)[1], 1e-15);
        assertEquals(0.024, net.biases(0)[0], 1e-15);
        // Batch 3: o = 0.448, o − t = −0.162. w_b: 0.424 + 0.0162 − 0.05 = 0.3902. b: 0.024 + 0.0162 = 0.0402.
        step(net, x, 0.61, 0.1, Regularization.L1, 0.5);
        assertEquals(0.0, net.weights(0)[0]);
        assertEquals(0.3902, net.weights(0)[1], 1e-15);
        assertEquals(0.0402, net.biases(0)[0], 1e-15);
        assertEquals(1, net.deadLinks().count());

        Network copy = net.copy();
        assertTrue(copy.deadLinks().isDead(0, 0), "a copy keeps the dead links");
        net.initialize(Init.ZERO, new Rng(1));
        assertEquals(0, net.deadLinks().count(), "starting over revives every link");
    }

    @Test
    void aDeadLinkStaysZeroUnderMomentumAndAdamToo() {
        for (OptimizerType type : new OptimizerType[] {OptimizerType.MOMENTUM, OptimizerType.ADAM}) {
            Network net = new Network(new int[] {2, 1}, Activation.LINEAR, Activation.LINEAR, Init.ZERO, new Rng(1));
            net.weights(0)[0] = 0.001;
            net.weights(0)[1] = 0.5;
            Optimizer optimizer = new Optimizer(type, net.shape());
            for (int batch = 0; batch < 5; batch++) {
                net.forward(new double[] {1, 1}, 0);
                net.backward(Loss.SQUARE, new double[] {0.501}, 0); // no data gradient at first
                net.applyUpdate(optimizer, 0.1, Regularization.L1, 0.5);
                if (batch == 0) {
                    assertTrue(net.deadLinks().isDead(0, 0), type.id() + ": 0.001 − 0.05 crosses zero");
                }
            }
            assertTrue(Math.abs(net.weights(0)[1] - 0.5) > 0.1, type.id() + ": the neighbour learns");
            assertTrue(net.deadLinks().isDead(0, 0), type.id());
            assertEquals(0.0, net.weights(0)[0], type.id());
            assertEquals(0.0, optimizer.stateOf(0, true)[0][0], type.id() + ": a dead link keeps no state");
        }
    }

    @Test
    void aStepThatIsNotFiniteKillsNoLink() {
        // Output 0 fits its target (its weight from input 0 would die under L1); output 1 overflows.
        Network net = new Network(new int[] {2, 2}, Activation.LINEAR, Activation.LINEAR, Init.ZERO, new Rng(1));
        net.weights(0)[0] = 0.001;
        net.weights(0)[3] = 1e308;
        net.forward(new double[] {1, 10}, 0);
        net.backward(Loss.SQUARE, new double[] {0.001, 0}, 0);
        assertFalse(net.applyUpdate(new Optimizer(OptimizerType.SGD, net.shape()), 1, Regularization.L1, 0.5));
        assertEquals(0, net.deadLinks().count());
        assertEquals(0.001, net.weights(0)[0]);
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
