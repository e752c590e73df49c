package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import backprop.engine.state.Preset;
import org.junit.jupiter.api.Test;

/** Central differences against one backward pass; and the textbook example's gradient against them. */
class NumericalGradientTest {
    private static final double H = 1e-5;

    @Test
    void agreesWithBackpropagationOnRandomSmallNetworks() {
        Activation[] hidden = {Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LINEAR};
        Activation[] output = {Activation.TANH, Activation.SIGMOID, Activation.LINEAR};
        for (int seed = 1; seed <= 60; seed++) {
            Rng rng = new Rng(seed * 31);
            int[] shape = new int[2 + rng.nextInt(3)];
            for (int l = 0; l < shape.length; l++) {
                shape[l] = 1 + rng.nextInt(4);
            }
            Network net = new Network(shape, hidden[seed % hidden.length], output[seed % output.length], Init.XAVIER,
                    rng);
            for (int k = 0; k < net.depth(); k++) {
                double[] b = net.biases(k);
                for (int j = 0; j < b.length; j++) {
                    b[j] = rng.uniform(-0.5, 0.5);
                }
            }
            double[] in = new double[shape[0]];
            for (int i = 0; i < in.length; i++) {
                in[i] = rng.uniform(-1, 1);
            }
            double[] t = new double[shape[shape.length - 1]];
            for (int i = 0; i < t.length; i++) {
                t[i] = rng.uniform(0, 1);
            }
            Loss loss = net.outputActivation() == Activation.SIGMOID && seed % 2 == 0 ? Loss.BINARY_CROSS_ENTROPY
                    : Loss.SQUARE;
            double[] before = net.weights(0).clone();
            NumericalGradient numeric = NumericalGradient.of(net, loss, in, t, H);
            Trace trace = Trace.record(net, new backprop.engine.nn.Optimizer(backprop.engine.nn.OptimizerType.SGD,
                    shape), loss, 0.1, backprop.engine.nn.Regularization.NONE, 0, in, 0, t, 0);
            assertTrue(numeric.maxDifference(trace) < 1e-7, "seed " + seed + ": " + numeric.maxDifference(trace));
            int parameters = 0;
            for (int k = 0; k < net.depth(); k++) {
                parameters += net.weights(k).length + net.biases(k).length;
            }
            assertEquals(2 * parameters, numeric.forwardPasses(), "two forward passes per weight and bias");
            assertEquals(parameters, numeric.parameters());
            assertArrayEquals(before, net.weights(0), 0, "the network itself is left as it was");
        }
    }

    @Test
    void theTwoOutputSquareLossGradientMatchesFiniteDifferences() {
        Preset p = new Preset();
        p.tbW = new double[] {0.3, -0.8, 1.1, 0.05, -0.6, 0.9, 0.25, -1.3};
        p.tbIn = new double[] {-1.5, 0.7};
        p.tbT = new double[] {0.9, 0.2};
        TextbookExample ex = TextbookExample.of(p);
        for (int n = 0; n < 8; n++) {
            double[] plus = p.tbW.clone();
            double[] minus = p.tbW.clone();
            plus[n] += H;
            minus[n] -= H;
            double numeric = (TextbookExample.compute(p.tbIn, p.tbT, plus, p.tbB, 0, true).totalError()
                    - TextbookExample.compute(p.tbIn, p.tbT, minus, p.tbB, 0, true).totalError()) / (2 * H);
            assertEquals(numeric, ex.weightGradient(n), 1e-9, "dE/dw" + (n + 1));
        }
        for (int n = 0; n < 4; n++) {
            double[] plus = p.tbB.clone();
            double[] minus = p.tbB.clone();
            plus[n] += H;
            minus[n] -= H;
            double numeric = (TextbookExample.compute(p.tbIn, p.tbT, p.tbW, plus, 0, true).totalError()
                    - TextbookExample.compute(p.tbIn, p.tbT, p.tbW, minus, 0, true).totalError()) / (2 * H);
            assertEquals(numeric, ex.biasGradient(n), 1e-9, "dE/db" + (n + 1));
        }
    }

    @Test
    void theTextbookNetworkCostsTwentyFourForwardPasses() {
        TextbookExample ex = TextbookExample.of(new Preset());
        Trace trace = ex.trace();
        NumericalGradient numeric = NumericalGradient.of(trace.before(), Loss.SQUARE, trace.inputs(),
                trace.targets(), H);
        assertEquals(24, numeric.forwardPasses(), "8 weights and 4 biases, two passes each");
        assertTrue(numeric.maxDifference(trace) < 1e-9);
    }
}
