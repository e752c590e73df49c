package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Feature;
import backprop.engine.data.FeatureSet;
import backprop.engine.data.InputFeatures;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Rng;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkSurgeryTest {
    private static final int GRID = 100;

    /** A spiral run trained for some epochs, so that the weights are no longer their random start. */
    private static Experiment trained(Activation activation, OptimizerType optimizer, String shape) {
        Preset p = PresetCodec.decode("dataset=spiral&seed=0.42&learningRate=0.03&networkShape=" + shape
                + "&activation=" + activation.id() + "&optimizer=" + optimizer.id()).preset;
        Experiment e = Experiment.create(p);
        for (int i = 0; i < 20; i++) {
            e.trainer().trainEpoch();
        }
        return e;
    }

    /** Every output of the network over a 100×100 grid of [−6, 6]², one array per output neuron. */
    private static double[][] outputs(Network net, InputFeatures features) {
        GridEvaluator grid = new GridEvaluator(GRID, -6, 6, false);
        grid.evaluate(net, features);
        double[][] out = new double[net.outputCount()][];
        for (int j = 0; j < out.length; j++) {
            out[j] = grid.output(j).clone();
        }
        return out;
    }

    private static double maxDifference(double[][] a, double[][] b) {
        double most = 0;
        for (int j = 0; j < a.length; j++) {
            for (int c = 0; c < a[j].length; c++) {
                most = Math.max(most, Math.abs(a[j][c] - b[j][c]));
            }
        }
        return most;
    }

    private static void assertSameFunction(double[][] before, double[][] after, double tolerance) {
        assertEquals(before.length, after.length);
        double most = maxDifference(before, after);
        assertTrue(most <= tolerance, "outputs moved by up to " + most);
    }

    // ---- adding a neuron or an input keeps the function ----------------------------------------

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "RELU", "SIGMOID", "LINEAR", "LEAKY_RELU", "ELU"})
    void addingANeuronKeepsEveryOutputOverTheGrid(Activation activation) {
        Experiment e = trained(activation, OptimizerType.SGD, "6,6");
        Network before = e.network();
        double[][] was = outputs(before, e.features());
        for (int hidden = 0; hidden < 2; hidden++) {
            NetworkSurgery.Result r = NetworkSurgery.addNeuron(before, e.trainer().optimizer(), hidden, new Rng(7));
            assertTrue(r.exact);
            int[] expected = {2, 6, 6, 1};
            expected[hidden + 1] = 7;
            assertArrayEquals(expected, r.network.shape());
            assertSameFunction(was, outputs(r.network, e.features()), 1e-12);
            double[] in = r.network.weights(hidden);
            boolean random = false;
            for (int i = 0; i < 2 + (hidden == 0 ? 0 : 4); i++) {
                double w = in[6 * r.network.layerSize(hidden) + i];
                assertTrue(Math.abs(w) <= 0.5, "small incoming weight " + w);
                random |= w != 0;
            }
            assertTrue(random, "the new neuron's incoming weights are random, not zero");
            double[] out = r.network.weights(hidden + 1);
            for (int j = 0; j < r.network.layerSize(hidden + 2); j++) {
                assertEquals(0.0, out[j * 7 + 6], "outgoing weight of the new neuron");
            }
        }
    }

    @Test
    void addingAnInputFeatureKeepsEveryOutputOverTheGrid() {
        Experiment e = trained(Activation.TANH, OptimizerType.SGD, "6,6");
        double[][] was = outputs(e.network(), e.features());
        FeatureSet wider = FeatureSet.of(Feature.X, Feature.Y, Feature.X_SQUARED, Feature.SIN_Y);
        NetworkSurgery.Result r = NetworkSurgery.addInput(e.network(), e.trainer().optimizer(),
                wider.indexOf(Feature.X_SQUARED));
        r = NetworkSurgery.addInput(r.network, r.optimizer, wider.indexOf(Feature.SIN_Y));
        assertTrue(r.exact);
        assertEquals(4, r.network.inputCount());
        assertSameFunction(was, outputs(r.network, wider), 1e-12);
    }

    // ---- removing keeps every other weight -----------------------------------------------------

    @Test
    void removingANeuronKeepsEverySurvivingWeight() {
        Experiment e = trained(Activation.TANH, OptimizerType.SGD, "6,5");
        Network old = e.network();
        int gone = 2;
        NetworkSurgery.Result r = NetworkSurgery.removeNeuron(old, e.trainer().optimizer(), 1, gone);
        Network net = r.network;
        assertArrayEquals(new int[] {2, 6, 4, 1}, net.shape());
        assertArrayEquals(old.weights(0), net.weights(0));
        assertArrayEquals(old.biases(0), net.biases(0));
        for (int j = 0, oj = 0; oj < 5; oj++) {
            if (oj == gone) {
                continue;
            }
            assertEquals(old.biases(1)[oj], net.biases(1)[j]);
            for (int i = 0; i < 6; i++) {
                assertEquals(old.weights(1)[oj * 6 + i], net.weights(1)[j * 6 + i]);
            }
            assertEquals(old.weights(2)[oj], net.weights(2)[j]);
            j++;
        }
        assertArrayEquals(old.biases(2), net.biases(2));
    }

    @Test
    void removingAnInputKeepsEverySurvivingWeight() {
        Preset p = PresetCodec.decode("dataset=spiral&seed=1&networkShape=3&x=true&y=true&xSquared=true").preset;
        Experiment e = Experiment.create(p);
        e.trainer().trainEpoch();
        Network old = e.network();
        NetworkSurgery.Result r = NetworkSurgery.removeInput(old, e.trainer().optimizer(), 1);
        for (int j = 0; j < 3; j++) {
            assertEquals(old.weights(0)[j * 3], r.network.weights(0)[j * 2]);
            assertEquals(old.weights(0)[j * 3 + 2], r.network.weights(0)[j * 2 + 1]);
        }
        assertArrayEquals(old.weights(1), r.network.weights(1));
        assertArrayEquals(old.biases(0), r.network.biases(0));
    }

    @Test
    void survivingParametersKeepTheirOptimizerState() {
        Experiment e = trained(Activation.TANH, OptimizerType.ADAM, "4,3");
        Optimizer old = e.trainer().optimizer();
        NetworkSurgery.Result r = NetworkSurgery.addNeuron(e.network(), old, 0, new Rng(3));
        assertEquals(old.steps(), r.optimizer.steps());
        assertArrayEquals(old.firstMomentWeights(0), java.util.Arrays.copyOf(r.optimizer.firstMomentWeights(0), 8));
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(old.secondMomentWeights(1)[j * 4 + i], r.optimizer.secondMomentWeights(1)[j * 5 + i]);
            }
            assertEquals(0.0, r.optimizer.secondMomentWeights(1)[j * 5 + 4], "a new weight starts without history");
        }
    }

    @Test
    void impossibleChangesSayWhy() {
        Network net = new Network(new int[] {2, 1, 1}, Activation.TANH, Activation.TANH, Init.DEFAULT, new Rng(1));
        Optimizer opt = new Optimizer(OptimizerType.SGD, net.shape());
        assertThrows(IllegalArgumentException.class, () -> NetworkSurgery.removeNeuron(net, opt, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> NetworkSurgery.addNeuron(net, opt, 1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> NetworkSurgery.addLayer(net, opt, 2, 2, new Rng(1)));
        assertThrows(IllegalArgumentException.class,
                () -> NetworkSurgery.addNeuron(net, new Optimizer(OptimizerType.SGD, new int[] {2, 2, 1}), 0,
                        new Rng(1)));
    }

    // ---- layers --------------------------------------------------------------------------------

    @Test
    void anIdentityLayerIsExactForReluAfterAReluLayer() {
        Experiment e = trained(Activation.RELU, OptimizerType.SGD, "6,6");
        double[][] was = outputs(e.network(), e.features());
        for (int position = 1; position <= 2; position++) {
            assertTrue(NetworkSurgery.exactLayer(e.network(), position, 6));
            NetworkSurgery.Result r = NetworkSurgery.addLayer(e.network(), e.trainer().optimizer(), position, 6,
                    new Rng(5));
            assertTrue(r.exact);
            assertEquals(4, r.network.depth());
            assertSameFunction(was, outputs(r.network, e.features()), 1e-12);
        }
        // Right after the inputs ReLU would cut negative x and y.
        assertFalse(NetworkSurgery.exactLayer(e.network(), 0, 2));
    }

    @Test
    void anIdentityLayerIsExactForTheLinearActivationAnywhereAndWider() {
        Experiment e = trained(Activation.LINEAR, OptimizerType.SGD, "3");
        double[][] was = outputs(e.network(), e.features());
        NetworkSurgery.Result first = NetworkSurgery.addLayer(e.network(), e.trainer().optimizer(), 0, 2, new Rng(5));
        NetworkSurgery.Result wider = NetworkSurgery.addLayer(e.network(), e.trainer().optimizer(), 1, 5, new Rng(5));
        assertTrue(first.exact && wider.exact);
        assertSameFunction(was, outputs(first.network, e.features()), 1e-12);
        assertSameFunction(was, outputs(wider.network, e.features()), 1e-12);
        NetworkSurgery.Result narrower = NetworkSurgery.addLayer(e.network(), e.trainer().optimizer(), 1, 2,
                new Rng(5));
        assertFalse(narrower.exact, "a narrower layer loses a neuron's values");
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "SIGMOID", "ELU"})
    void smoothActivationsGetANearIdentityStartAndSaySo(Activation activation) {
        Experiment e = trained(activation, OptimizerType.SGD, "6,6");
        double[][] was = outputs(e.network(), e.features());
        NetworkSurgery.Result r = NetworkSurgery.addLayer(e.network(), e.trainer().optimizer(), 2, 6, new Rng(5));
        assertFalse(r.exact);
        double moved = maxDifference(was, outputs(r.network, e.features()));
        // A fresh random layer moves the outputs a lot; this start less than half as much.
        Network fresh = new Network(r.network.shape(), activation, r.network.outputActivation(), Init.DEFAULT,
                new Rng(9));
        for (int k = 0; k < 4; k++) {
            if (k != 2) {
                System.arraycopy(r.network.weights(k), 0, fresh.weights(k), 0, fresh.weights(k).length);
                System.arraycopy(r.network.biases(k), 0, fresh.biases(k), 0, fresh.biases(k).length);
            }
        }
        double random = maxDifference(was, outputs(fresh, e.features()));
        assertTrue(moved < 0.15 && moved < random / 2, "moved " + moved + ", a random layer " + random);
    }

    @Test
    void removingALinearLayerComposesItsWeights() {
        Experiment e = trained(Activation.LINEAR, OptimizerType.SGD, "4,3");
        double[][] was = outputs(e.network(), e.features());
        NetworkSurgery.Result r = NetworkSurgery.removeLayer(e.network(), e.trainer().optimizer(), 0);
        assertTrue(r.exact);
        assertArrayEquals(new int[] {2, 3, 1}, r.network.shape());
        assertSameFunction(was, outputs(r.network, e.features()), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "RELU", "LINEAR"})
    void removingAnAddedLayerGivesBackTheWeights(Activation activation) {
        Experiment e = trained(activation, OptimizerType.SGD, "5,4");
        Network old = e.network();
        NetworkSurgery.Result added = NetworkSurgery.addLayer(old, e.trainer().optimizer(), 2, 4, new Rng(2));
        NetworkSurgery.Result back = NetworkSurgery.removeLayer(added.network, added.optimizer, 2);
        assertArrayEquals(old.shape(), back.network.shape());
        for (int k = 0; k < old.depth(); k++) {
            assertArrayEquals(old.weights(k), back.network.weights(k));
            assertArrayEquals(old.biases(k), back.network.biases(k));
        }
    }

    @Test
    void removingATanhLayerIsNotExact() {
        Experiment e = trained(Activation.TANH, OptimizerType.SGD, "6,6");
        NetworkSurgery.Result r = NetworkSurgery.removeLayer(e.network(), e.trainer().optimizer(), 1);
        assertFalse(r.exact);
        assertArrayEquals(new int[] {2, 6, 1}, r.network.shape());
    }

    @Test
    void changingTheActivationKeepsTheWeights() {
        Experiment e = trained(Activation.TANH, OptimizerType.SGD, "4");
        NetworkSurgery.Result r = NetworkSurgery.changeActivation(e.network(), e.trainer().optimizer(),
                Activation.RELU);
        assertEquals(Activation.RELU, r.network.hiddenActivation());
        assertEquals(Activation.TANH, e.network().hiddenActivation(), "the old network is untouched");
        assertArrayEquals(e.network().weights(0), r.network.weights(0));
    }

    // ---- the run goes on, and undo -------------------------------------------------------------

    @Test
    void trainingGoesOnAfterAReshapeAndKeepsLearning() {
        Experiment e = trained(Activation.TANH, OptimizerType.SGD, "6,6");
        int epoch = e.trainer().epoch();
        double loss = e.trainer().trainLoss();
        NetworkSurgery.Result r = NetworkSurgery.addNeuron(e.network(), e.trainer().optimizer(), 0, new Rng(1));
        e.reshape(r.network, r.optimizer, e.features());
        assertEquals(epoch, e.trainer().epoch(), "the epoch count goes on");
        assertEquals(loss, e.trainer().trainLoss(), 1e-12, "an exact change keeps the loss");
        r = NetworkSurgery.addLayer(e.network(), e.trainer().optimizer(), 2, 6, new Rng(2));
        e.reshape(r.network, r.optimizer, e.features());
        FeatureSet more = FeatureSet.of(Feature.X, Feature.Y, Feature.SIN_X);
        r = NetworkSurgery.addInput(e.network(), e.trainer().optimizer(), 2);
        e.reshape(r.network, r.optimizer, more);
        assertEquals(3, e.trainer().trainingExamples().inputWidth);
        double afterChanges = e.trainer().trainLoss();
        for (int i = 0; i < 150; i++) {
            e.trainer().trainEpoch();
        }
        assertEquals(epoch + 150, e.trainer().epoch());
        assertTrue(e.trainer().trainLoss() < afterChanges * 0.9,
                "still learning: " + afterChanges + " → " + e.trainer().trainLoss());
    }

    @Test
    void restoringACheckpointGivesBackEveryWeightBitForBit() {
        Experiment e = trained(Activation.TANH, OptimizerType.MOMENTUM, "6,6");
        Network now = e.network();
        long[][] bits = new long[2 * now.depth()][];
        for (int k = 0; k < now.depth(); k++) {
            bits[2 * k] = bits(now.weights(k));
            bits[2 * k + 1] = bits(now.biases(k));
        }
        double[] velocity = e.trainer().optimizer().velocityWeights(1).clone();
        String text = WeightsSnapshot.export(now);
        int epoch = e.trainer().epoch();
        Checkpoint checkpoint = e.checkpoint();

        NetworkSurgery.Result r = NetworkSurgery.addNeuron(now, e.trainer().optimizer(), 1, new Rng(4));
        e.reshape(r.network, r.optimizer, e.features());
        r = NetworkSurgery.addInput(e.network(), e.trainer().optimizer(), 2);
        e.reshape(r.network, r.optimizer, FeatureSet.of(Feature.X, Feature.Y, Feature.X_SQUARED));
        for (int i = 0; i < 5; i++) {
            e.trainer().trainEpoch();
        }
        assertNotEquals(text, WeightsSnapshot.export(e.network()));

        e.restore(checkpoint);
        Network back = e.network();
        assertArrayEquals(now.shape(), back.shape());
        for (int k = 0; k < back.depth(); k++) {
            assertArrayEquals(bits[2 * k], bits(back.weights(k)), "weights of layer " + k);
            assertArrayEquals(bits[2 * k + 1], bits(back.biases(k)), "biases of layer " + k);
        }
        assertEquals(text, WeightsSnapshot.export(back));
        assertArrayEquals(velocity, e.trainer().optimizer().velocityWeights(1));
        assertEquals(epoch, e.trainer().epoch());
        assertEquals(2, e.trainer().trainingExamples().inputWidth);
        e.trainer().trainEpoch();
        e.restore(checkpoint);
        assertEquals(text, WeightsSnapshot.export(e.network()), "a checkpoint can be restored twice");
    }

    private static long[] bits(double[] values) {
        long[] b = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = Double.doubleToRawLongBits(values[i]);
        }
        return b;
    }
}
