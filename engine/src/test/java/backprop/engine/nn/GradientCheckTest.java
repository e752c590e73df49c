package backprop.engine.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The analytic gradient of the regularized objective J = (1/B)·Σ_e L_e + λ·Σ R(w),
 * as the update uses it (accumulated ∂L/∂w divided by B, plus λ·R'(w)), against
 * central finite differences of J, for every hidden activation × every valid
 * output activation/loss pair × every regularizer, on a 3-4-5-3 network.
 */
class GradientCheckTest {
    private static final int[] SHAPE = {3, 4, 5, 3};
    private static final int BATCH = 3;
    private static final double H = 1e-5;
    private static final double LAMBDA = 0.1;

    @TestFactory
    List<DynamicTest> analyticGradientMatchesFiniteDifferences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Activation hidden : Activation.values()) {
            if (!hidden.elementwise()) {
                continue;
            }
            for (Activation output : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    if (!loss.supports(output)) {
                        continue;
                    }
                    for (Regularization reg : Regularization.values()) {
                        String name = hidden.id() + " hidden, " + output.id() + " output, " + loss.id() + ", "
                                + reg.id();
                        tests.add(DynamicTest.dynamicTest(name, () -> check(hidden, output, loss, reg)));
                    }
                }
            }
        }
        assertTrue(tests.size() == 6 * (7 + 1 + 1) * 3);
        return tests;
    }

    private static void check(Activation hidden, Activation output, Loss loss, Regularization reg) {
        for (int seed = 1; seed < 200; seed++) {
            Rng rng = new Rng(seed * 7919);
            Network net = new Network(SHAPE, hidden, output, Init.XAVIER, rng);
            for (int k = 0; k < net.depth(); k++) {
                double[] b = net.biases(k);
                for (int j = 0; j < b.length; j++) {
                    b[j] = rng.uniform(-0.5, 0.5);
                }
            }
            double[] inputs = new double[BATCH * SHAPE[0]];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = rng.uniform(-1.5, 1.5);
            }
            double[] targets = targets(loss, rng);
            if (awayFromKinks(net, inputs)) {
                compare(net, inputs, targets, loss, reg);
                return;
            }
        }
        fail("found no network whose pre-activations and weights all stay away from the kinks at 0");
    }

    private static double[] targets(Loss loss, Rng rng) {
        int n = SHAPE[SHAPE.length - 1];
        double[] t = new double[BATCH * n];
        for (int e = 0; e < BATCH; e++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                double v = loss == Loss.SQUARE ? rng.uniform(-1, 1) : rng.uniform(0.05, 0.95);
                t[e * n + k] = v;
                sum += v;
            }
            if (loss == Loss.CATEGORICAL_CROSS_ENTROPY) {
                for (int k = 0; k < n; k++) {
                    t[e * n + k] /= sum;
                }
            }
        }
        return t;
    }

    /** ReLU-like activations and |w| have kinks at 0: keep every z and w at least 1e-3 from it. */
    private static boolean awayFromKinks(Network net, double[] inputs) {
        for (int e = 0; e < BATCH; e++) {
            net.forward(inputs, e * SHAPE[0]);
            for (int k = 0; k < net.depth(); k++) {
                for (double z : net.preActivations(k)) {
                    if (Math.abs(z) < 1e-3) {
                        return false;
                    }
                }
            }
        }
        for (int k = 0; k < net.depth(); k++) {
            for (double w : net.weights(k)) {
                if (Math.abs(w) < 1e-3) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double objective(Network net, double[] inputs, double[] targets, Loss loss, Regularization reg) {
        int n = SHAPE[SHAPE.length - 1];
        double sum = 0;
        for (int e = 0; e < BATCH; e++) {
            net.forward(inputs, e * SHAPE[0]);
            sum += net.loss(loss, targets, e * n);
        }
        return sum / BATCH + LAMBDA * net.regularizationPenalty(reg);
    }

    private static void compare(Network net, double[] inputs, double[] targets, Loss loss, Regularization reg) {
        int n = SHAPE[SHAPE.length - 1];
        net.clearGradients();
        for (int e = 0; e < BATCH; e++) {
            net.forward(inputs, e * SHAPE[0]);
            net.backward(loss, targets, e * n);
        }
        double worst = 0;
        String where = "";
        for (int k = 0; k < net.depth(); k++) {
            for (int pass = 0; pass < 2; pass++) {
                boolean weights = pass == 0;
                double[] params = weights ? net.weights(k) : net.biases(k);
                double[] grads = (weights ? net.weightGradients(k) : net.biasGradients(k)).clone();
                for (int i = 0; i < params.length; i++) {
                    double analytic = grads[i] / BATCH + (weights ? LAMBDA * reg.derivative(params[i]) : 0.0);
                    double saved = params[i];
                    params[i] = saved + H;
                    double plus = objective(net, inputs, targets, loss, reg);
                    params[i] = saved - H;
                    double minus = objective(net, inputs, targets, loss, reg);
                    params[i] = saved;
                    double numeric = (plus - minus) / (2 * H);
                    double error = Math.abs(analytic - numeric)
                            / Math.max(1e-4, Math.max(Math.abs(analytic), Math.abs(numeric)));
                    if (error > worst) {
                        worst = error;
                        where = (weights ? "weight " : "bias ") + i + " of layer " + k + ": analytic " + analytic
                                + ", numeric " + numeric;
                    }
                }
            }
        }
        assertTrue(worst < 1e-6, "relative error " + worst + " at " + where);
    }

    @Test
    void scalarDerivativesMatchFiniteDifferences() {
        double[] points = {-3.1, -1.2, -0.4, -0.05, 0.03, 0.7, 1.9, 4.2};
        for (Activation f : Activation.values()) {
            if (!f.elementwise()) {
                continue;
            }
            for (double z : points) {
                double numeric = (f.value(z + H) - f.value(z - H)) / (2 * H);
                double analytic = f.derivative(z, f.value(z));
                assertTrue(Math.abs(numeric - analytic) < 1e-8, f + " at " + z + ": " + analytic + " vs " + numeric);
            }
        }
        for (Regularization r : Regularization.values()) {
            for (double w : points) {
                double numeric = (r.penalty(w + H) - r.penalty(w - H)) / (2 * H);
                assertTrue(Math.abs(numeric - r.derivative(w)) < 1e-8, r + " at " + w);
            }
        }
    }
}
