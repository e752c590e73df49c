package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import backprop.engine.state.PresetCodec;
import org.junit.jupiter.api.Test;

/**
 * Inverted dropout: gradients under a fixed mask agree with finite differences of the loss under
 * that mask; evaluation drops nothing; the masks come from a seeded generator.
 */
class DropoutTest {
    private static final double H = 1e-5;

    private static Network network(Activation hidden) {
        Network net = new Network(new int[] {2, 4, 3, 1}, hidden, Activation.TANH, Init.XAVIER, new Rng(5));
        Rng rng = new Rng(9);
        for (int k = 0; k < net.depth(); k++) {
            double[] b = net.biases(k);
            for (int j = 0; j < b.length; j++) {
                b[j] = rng.uniform(-0.5, 0.5);
            }
        }
        return net;
    }

    /** L of the example under the network's current masks. */
    private static double maskedLoss(Network net, double[] in, double[] t) {
        net.forwardMasked(in, 0);
        return net.loss(Loss.SQUARE, t, 0);
    }

    @Test
    void gradientsUnderAFixedMaskAgreeWithFiniteDifferences() {
        for (Activation f : new Activation[] {Activation.TANH, Activation.SIGMOID, Activation.ELU}) {
            Network net = network(f);
            // p = 0.5 on the first hidden layer (factor 2), p = 0.25 on the second (factor 4/3)
            net.setDropoutMask(0, new double[] {2, 0, 2, 0});
            net.setDropoutMask(1, new double[] {0, 4.0 / 3, 4.0 / 3});
            double[] in = {0.7, -0.4};
            double[] t = {0.3};
            net.forwardMasked(in, 0);
            net.backward(Loss.SQUARE, t, 0);
            double worst = 0;
            int nonZero = 0;
            for (int k = 0; k < net.depth(); k++) {
                double[][] params = {net.weights(k), net.biases(k)};
                double[][] grads = {net.weightGradients(k).clone(), net.biasGradients(k).clone()};
                for (int s = 0; s < 2; s++) {
                    double[] p = params[s];
                    for (int i = 0; i < p.length; i++) {
                        double w = p[i];
                        p[i] = w + H;
                        double plus = maskedLoss(net, in, t);
                        p[i] = w - H;
                        double minus = maskedLoss(net, in, t);
                        p[i] = w;
                        double numeric = (plus - minus) / (2 * H);
                        worst = Math.max(worst, Math.abs(numeric - grads[s][i]));
                        nonZero += grads[s][i] != 0 ? 1 : 0;
                    }
                }
            }
            assertTrue(worst < 1e-8, f + ": " + worst);
            // the weights into a dropped neuron of layer 1 get no gradient: neuron 1 of hidden layer 1
            net.forwardMasked(in, 0);
            net.clearGradients();
            net.backward(Loss.SQUARE, t, 0);
            assertEquals(0.0, net.weightGradients(0)[1 * 2], 0, f + ": into a dropped neuron");
            assertEquals(0.0, net.outputs(0)[1], 0, "a dropped neuron passes on 0");
            assertTrue(nonZero > 10, "most gradients are not zero");
        }
    }

    @Test
    void keptNeuronsAreScaledByOneOverOneMinusP() {
        Network net = network(Activation.TANH);
        net.setDropoutRate(0, 0.5);
        double[] in = {0.7, -0.4};
        double[] plain = net.copy().forward(in, 0).clone();
        Network copy = net.copy();
        copy.forward(in, 0);
        double[] raw = copy.outputs(0).clone();
        net.forwardTraining(in, 0, new Rng(1));
        double[] mask = net.dropoutMask(0);
        for (int j = 0; j < raw.length; j++) {
            assertTrue(mask[j] == 0 || mask[j] == 2, "factor 0 or 1/(1 − 0.5), got " + mask[j]);
            assertEquals(raw[j] * mask[j], net.outputs(0)[j], 1e-15);
        }
        assertNull(net.dropoutMask(1), "no mask where the rate is 0");
        net.forward(in, 0);
        assertArrayEquals(plain, net.outputs(2), 0, "evaluation drops nothing");
        assertNull(net.dropoutMask(0), "and shows no mask");
    }

    @Test
    void aboutPOfTheNeuronsAreDropped() {
        Network net = new Network(new int[] {2, 200, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(1));
        net.setDropoutRate(0, 0.3);
        Rng rng = new Rng(2);
        int dropped = 0;
        for (int i = 0; i < 100; i++) {
            net.forwardTraining(new double[] {0.1, 0.2}, 0, rng);
            for (double m : net.dropoutMask(0)) {
                dropped += m == 0 ? 1 : 0;
            }
        }
        // 20,000 Bernoulli(0.3) draws: 6,000 expected, σ ≈ 65
        assertTrue(Math.abs(dropped - 6000) < 400, "dropped " + dropped);
    }

    @Test
    void evaluationAndTestLossRunWithoutDropout() {
        Experiment with = Experiment.create(PresetCodec.decode("seed=0.5&networkShape=6,4&dropout=0.5,0.5").preset);
        Experiment without = Experiment.create(PresetCodec.decode("seed=0.5&networkShape=6,4").preset);
        assertTrue(with.network().hasDropout());
        assertFalse(without.network().hasDropout());
        with.trainer().trainEpoch();
        // the same weights under a network without dropout: the losses must be the same
        Network plain = with.network().copy();
        plain.setDropoutRate(0, 0);
        plain.setDropoutRate(1, 0);
        without.reshape(plain, with.trainer().optimizer().copy(), with.features());
        assertEquals(without.trainer().testLoss(), with.trainer().testLoss(), 0);
        assertEquals(without.trainer().trainLoss(), with.trainer().trainLoss(), 0);
        double[] in = {0.3, 0.1};
        assertArrayEquals(plain.forward(in, 0).clone(), with.network().forward(in, 0), 0);
    }

    @Test
    void theSeedMakesRunsWithDropoutReproducible() {
        String link = "seed=0.25&networkShape=5,3&dropout=0.3,0.2";
        Experiment a = Experiment.create(PresetCodec.decode(link).preset);
        Experiment b = Experiment.create(PresetCodec.decode(link).preset);
        Experiment plain = Experiment.create(PresetCodec.decode("seed=0.25&networkShape=5,3").preset);
        for (int e = 0; e < 3; e++) {
            a.trainer().trainEpoch();
            b.trainer().trainEpoch();
            plain.trainer().trainEpoch();
        }
        for (int k = 0; k < a.network().depth(); k++) {
            assertArrayEquals(a.network().weights(k), b.network().weights(k), 0);
        }
        assertNotEquals(java.util.Arrays.toString(plain.network().weights(1)),
                java.util.Arrays.toString(a.network().weights(1)), "dropout changes how it learns");
    }

    @Test
    void theTraceRecordsTheMaskItUsedAndTheStepFollowsIt() {
        Experiment run = Experiment.create(PresetCodec.decode("seed=0.5&networkShape=8,4&dropout=0.5").preset);
        Trace trace = run.trainer().trace(false, 3);
        double[] mask = trace.dropoutMask(0);
        assertNull(trace.dropoutMask(1));
        int dropped = 0;
        for (int j = 0; j < mask.length; j++) {
            double a = trace.outputs(0)[j];
            double f = trace.before().activation(0).value(trace.preActivations(0)[j]);
            assertEquals(f * mask[j], a, 1e-15);
            dropped += mask[j] == 0 ? 1 : 0;
            if (mask[j] == 0) {
                // nothing reaches a dropped neuron's incoming weights
                for (int i = 0; i < 2; i++) {
                    assertEquals(0.0, trace.weightGradients(0)[j * 2 + i], 0);
                }
            }
        }
        assertTrue(dropped > 0 && dropped < 8, "some of the 8 dropped: " + dropped);
        Trace again = run.trainer().trace(false, 3);
        assertArrayEquals(mask, again.dropoutMask(0), 0, "recording does not advance training's generator");
        run.trainer().applyTrace(again);
        boolean differs = false;
        for (int i = 0; i < 5 && !differs; i++) {
            Trace next = run.trainer().trace(false, 3);
            differs = !java.util.Arrays.equals(mask, next.dropoutMask(0));
            run.trainer().applyTrace(next);
        }
        assertTrue(differs, "a step taken moves on to new masks");
    }

    @Test
    void badRatesAreRefused() {
        Network net = network(Activation.TANH);
        assertThrows(IllegalArgumentException.class, () -> net.setDropoutRate(0, 1));
        assertEquals("a dropout rate must lie in [0, 0.95], got 1.25",
                assertThrows(IllegalArgumentException.class, () -> net.setDropoutRate(0, 1.25)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.setDropoutRate(0, -0.1));
        assertThrows(IllegalArgumentException.class, () -> net.setDropoutRate(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> net.setDropoutRate(2, 0.5), "the output has no dropout");
        assertThrows(IllegalArgumentException.class, () -> net.setDropoutMask(0, new double[3]));
    }
}
