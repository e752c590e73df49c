package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

/** An activation per layer: the forward pass uses each layer's own, the gradients agree with finite differences. */
class LayerActivationsTest {
    private static final double H = 1e-5;

    private static Network mixed() {
        Network net = new Network(new int[] {2, 3, 4, 3, 1}, Activation.TANH, Activation.LINEAR, Init.XAVIER,
                new Rng(7));
        net.setActivation(0, Activation.SIGMOID);
        net.setActivation(1, Activation.ELU);
        net.setActivation(2, Activation.LEAKY_RELU);
        net.setOutputActivation(Activation.TANH);
        Rng rng = new Rng(3);
        for (int k = 0; k < net.depth(); k++) {
            double[] b = net.biases(k);
            for (int j = 0; j < b.length; j++) {
                b[j] = rng.uniform(-0.5, 0.5);
            }
        }
        return net;
    }

    @Test
    void eachLayerComputesWithItsOwnActivation() {
        Network net = mixed();
        double[] in = {0.3, -0.8};
        net.forward(in, 0);
        Activation[] expected = {Activation.SIGMOID, Activation.ELU, Activation.LEAKY_RELU, Activation.TANH};
        for (int k = 0; k < net.depth(); k++) {
            assertEquals(expected[k], net.activation(k));
            double[] z = net.preActivations(k);
            double[] a = net.outputs(k);
            for (int j = 0; j < z.length; j++) {
                assertEquals(expected[k].value(z[j]), a[j], 1e-15, "layer " + k + " neuron " + j);
            }
        }
    }

    @Test
    void gradientsWithMixedActivationsAgreeWithFiniteDifferences() {
        Network net = mixed();
        Rng rng = new Rng(11);
        for (int example = 0; example < 20; example++) {
            double[] in = {rng.uniform(-2, 2), rng.uniform(-2, 2)};
            double[] t = {rng.uniform(-1, 1)};
            NumericalGradient numeric = NumericalGradient.of(net, Loss.SQUARE, in, t, H);
            Trace trace = Trace.record(net, new Optimizer(OptimizerType.SGD, net.shape()), Loss.SQUARE, 0.1,
                    Regularization.NONE, 0, in, 0, t, 0);
            assertTrue(numeric.maxDifference(trace) < 1e-7, "example " + example + ": " + numeric.maxDifference(trace));
        }
    }

    @Test
    void theGlobalActivationSetsEveryHiddenLayerAndLeavesTheOutput() {
        Network net = mixed();
        net.setHiddenActivation(Activation.RELU);
        for (int k = 0; k < net.depth() - 1; k++) {
            assertEquals(Activation.RELU, net.activation(k));
        }
        assertEquals(Activation.TANH, net.outputActivation());
        assertThrows(IllegalArgumentException.class, () -> net.setActivation(1, Activation.SOFTMAX));
        net.setActivation(3, Activation.SIGMOID);
        assertEquals(Activation.SIGMOID, net.outputActivation());
    }

    @Test
    void changingOneLayersActivationKeepsTheWeightsAndTheOtherLayers() {
        Network net = mixed();
        Optimizer opt = new Optimizer(OptimizerType.SGD, net.shape());
        NetworkSurgery.Result r = NetworkSurgery.changeLayerActivation(net, opt, 1, Activation.RELU);
        assertEquals(Activation.RELU, r.network.activation(1));
        assertEquals(Activation.SIGMOID, r.network.activation(0));
        assertEquals(Activation.LEAKY_RELU, r.network.activation(2));
        assertEquals(Activation.ELU, net.activation(1), "the old network is untouched");
        for (int k = 0; k < net.depth(); k++) {
            assertTrue(java.util.Arrays.equals(net.weights(k), r.network.weights(k)));
        }
        assertTrue(!r.exact);
        assertTrue(NetworkSurgery.changeLayerActivation(net, opt, 1, Activation.ELU).exact);
    }

    @Test
    void reshapingKeepsEachLayersActivationAndDropout() {
        Network net = mixed();
        net.setDropoutRate(1, 0.3);
        Optimizer opt = new Optimizer(OptimizerType.SGD, net.shape());
        Network grown = NetworkSurgery.addNeuron(net, opt, 1, new Rng(1)).network;
        assertEquals(Activation.ELU, grown.activation(1));
        assertEquals(0.3, grown.dropoutRate(1));
        Network inserted = NetworkSurgery.addLayer(net, opt, 1, 3, new Rng(1)).network;
        assertEquals(Activation.SIGMOID, inserted.activation(0));
        assertEquals(Activation.TANH, inserted.activation(1), "a new layer takes the global activation");
        assertEquals(0.0, inserted.dropoutRate(1));
        assertEquals(Activation.ELU, inserted.activation(2));
        assertEquals(0.3, inserted.dropoutRate(2));
        Network removed = NetworkSurgery.removeLayer(net, opt, 0).network;
        assertEquals(Activation.ELU, removed.activation(0));
        assertEquals(0.3, removed.dropoutRate(0));
        assertEquals(Activation.LEAKY_RELU, removed.activation(1));
        Network copy = net.copy();
        assertEquals(Activation.ELU, copy.activation(1));
        assertEquals(0.3, copy.dropoutRate(1));
    }
}
