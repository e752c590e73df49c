package backprop.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Feature;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Network;
import backprop.engine.state.Preset;
import backprop.engine.train.Experiment;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live changes of a trained network, checked against the engine itself: what the network
 * computes (the engine's forward pass on the training examples) before and after, and every
 * parameter bit for bit after an undo.
 */
class LiveReshapeTest {
    private static final int EPOCHS = 5;
    private static final int EXAMPLES = 20;

    private Preset preset;
    private Experiment experiment;
    private final LiveReshape live = new LiveReshape();

    @BeforeEach
    void trainAWhile() {
        preset = new Preset();
        preset.seed = "live-reshape";
        experiment = Experiment.create(preset);
        for (int i = 0; i < EPOCHS; i++) {
            experiment.trainer().trainEpoch();
        }
    }

    /** The network's outputs on the first training examples, by the engine's forward pass. */
    private double[] outputs() {
        int depth = experiment.network().depth();
        int width = experiment.network().outputCount();
        double[] all = new double[EXAMPLES * width];
        for (int e = 0; e < EXAMPLES; e++) {
            System.arraycopy(experiment.trainer().trace(false, e).outputs(depth - 1), 0, all, e * width, width);
        }
        return all;
    }

    /** Every weight and bias, layer after layer. */
    private double[] parameters() {
        Network n = experiment.network();
        int count = 0;
        for (int k = 0; k < n.depth(); k++) {
            count += n.weights(k).length + n.biases(k).length;
        }
        double[] all = new double[count];
        int at = 0;
        for (int k = 0; k < n.depth(); k++) {
            System.arraycopy(n.weights(k), 0, all, at, n.weights(k).length);
            at += n.weights(k).length;
            System.arraycopy(n.biases(k), 0, all, at, n.biases(k).length);
            at += n.biases(k).length;
        }
        return all;
    }

    /** Edits a copy of the state and applies it live; the copy becomes the state. */
    private boolean change(Consumer<Preset> edit) {
        Preset next = preset.copy();
        edit.accept(next);
        boolean applied = live.apply(experiment, preset, next);
        preset = next;
        return applied;
    }

    @Test
    void anAddedNeuronLeavesWhatTheNetworkComputesAndTheEpochAsTheyWere() {
        double[] before = outputs();
        assertTrue(change(p -> p.networkShape = new int[] {5, 2}));
        assertArrayEquals(new int[] {2, 5, 2, 1}, experiment.network().shape());
        assertArrayEquals(before, outputs(), 1e-12);
        assertEquals(EPOCHS, experiment.trainer().epoch());
        assertEquals(LiveReshape.EXACT_NOTE, live.note());
        assertEquals(1, live.markers().size());
        assertEquals(EPOCHS, live.markers().epoch(0));
        assertEquals("+1 neuron, layer 1", live.markers().label(0));
    }

    @Test
    void anAddedInputFeatureLeavesWhatTheNetworkComputesAsItWas() {
        double[] before = outputs();
        assertTrue(change(p -> p.setFeature(Feature.X_SQUARED, true)));
        assertEquals(3, experiment.network().inputCount());
        assertTrue(experiment.features().contains(Feature.X_SQUARED));
        assertArrayEquals(before, outputs(), 1e-12);
        assertEquals("+" + Feature.X_SQUARED.label(), live.markers().label(0));
    }

    @Test
    void undoPutsBackEveryParameterBitForBitAndTheSettingsOfThen() {
        double[] parameters = parameters();
        double[] outputs = outputs();
        assertTrue(change(p -> p.networkShape = new int[] {4}));
        assertEquals(LiveReshape.REMOVE_NOTE, live.note());
        assertEquals("−layer 2", live.markers().label(0));
        experiment.trainer().trainEpoch();

        Preset restored = live.undo(experiment, preset);
        assertArrayEquals(new int[] {4, 2}, restored.networkShape);
        assertEquals(preset.learningRate, restored.learningRate);
        assertArrayEquals(new int[] {2, 4, 2, 1}, experiment.network().shape());
        assertArrayEquals(parameters, parameters(), 0);
        assertArrayEquals(outputs, outputs(), 0);
        assertEquals(EPOCHS, experiment.trainer().epoch());
        assertEquals(0, live.markers().size());
        assertFalse(live.canUndo());
        assertEquals("Undone: −layer 2. The network is back as it was at epoch " + EPOCHS + ".", live.note());
        assertNull(live.undo(experiment, restored));
    }

    @Test
    void undoGoesBackOneChangeAtATime() {
        double[] first = parameters();
        assertTrue(change(p -> p.networkShape = new int[] {5, 2}));
        double[] second = parameters();
        assertTrue(change(p -> p.setFeature(Feature.Y_SQUARED, true)));
        assertEquals(2, live.markers().size());

        preset = live.undo(experiment, preset);
        assertFalse(preset.feature(Feature.Y_SQUARED));
        assertArrayEquals(new int[] {5, 2}, preset.networkShape);
        assertArrayEquals(second, parameters(), 0);
        preset = live.undo(experiment, preset);
        assertArrayEquals(new int[] {4, 2}, preset.networkShape);
        assertArrayEquals(first, parameters(), 0);
    }

    @Test
    void aNewHiddenActivationKeepsTheWeightsButWarnsThatTheLossMayJump() {
        double[] parameters = parameters();
        assertTrue(change(p -> p.activation = Activation.RELU));
        assertEquals(Activation.RELU, experiment.network().hiddenActivation());
        assertArrayEquals(parameters, parameters(), 0);
        assertEquals(LiveReshape.ACTIVATION_NOTE, live.note());
        assertEquals("tanh→relu", live.markers().label(0));
    }

    @Test
    void oneLayersActivationChangesAloneKeepsTheWeightsAndUndoes() {
        double[] parameters = parameters();
        double[] before = outputs();
        assertTrue(change(p -> p.setHiddenActivation(1, Activation.SIGMOID)));
        assertEquals(Activation.TANH, experiment.network().activation(0));
        assertEquals(Activation.SIGMOID, experiment.network().activation(1));
        assertArrayEquals(parameters, parameters(), 0);
        assertEquals("layer 2 tanh→sigmoid", live.markers().label(0));
        assertFalse(java.util.Arrays.equals(before, outputs()), "the function changed");

        // the global activation now changes the layers without their own, and the layer keeps its own
        assertTrue(change(p -> p.activation = Activation.RELU));
        assertEquals(Activation.RELU, experiment.network().activation(0));
        assertEquals(Activation.SIGMOID, experiment.network().activation(1));
        // a layer added later keeps the layers' own activations
        assertTrue(change(p -> p.networkShape = new int[] {4, 2, 2}));
        assertEquals(Activation.SIGMOID, experiment.network().activation(1));
        assertEquals(Activation.RELU, experiment.network().activation(2));

        for (int i = 0; i < 3; i++) {
            preset = live.undo(experiment, preset);
        }
        assertEquals(0, preset.layerActivations.length);
        assertEquals(Activation.TANH, experiment.network().activation(1));
        assertArrayEquals(parameters, parameters(), 0);
        assertArrayEquals(before, outputs(), 0);
    }

    @Test
    void anAddedTanhLayerCannotPassValuesThroughUnchanged() {
        assertTrue(change(p -> p.networkShape = new int[] {4, 3, 2}));
        assertArrayEquals(new int[] {2, 4, 3, 2, 1}, experiment.network().shape());
        assertEquals("+layer 2", live.markers().label(0));
        assertEquals(LiveReshape.LAYER_NOTE, live.note());
    }

    @Test
    void twoLayersAtOnceAreRefusedAndChangeNothing() {
        double[] parameters = parameters();
        assertFalse(change(p -> p.networkShape = new int[] {4, 2, 2, 2}));
        assertArrayEquals(new int[] {2, 4, 2, 1}, experiment.network().shape());
        assertArrayEquals(parameters, parameters(), 0);
        assertEquals(0, live.markers().size());
        assertFalse(live.canUndo());
    }

    @Test
    void onlyTheLastChangesCanBeUndone() {
        for (int i = 0; i < LiveReshape.UNDO_DEPTH + 2; i++) {
            int size = i % 2 == 0 ? 5 : 4;
            assertTrue(change(p -> p.networkShape = new int[] {size, 2}));
        }
        int undone = 0;
        while (live.canUndo()) {
            preset = live.undo(experiment, preset);
            undone++;
        }
        assertEquals(LiveReshape.UNDO_DEPTH, undone);
        // the two oldest changes stay: 4 → 5 → 4, so the network has 4 neurons in its first layer
        assertArrayEquals(new int[] {2, 4, 2, 1}, experiment.network().shape());
    }

    @Test
    void clearForgetsMarkersUndoAndNote() {
        assertTrue(change(p -> p.networkShape = new int[] {5, 2}));
        live.clear();
        assertEquals(0, live.markers().size());
        assertFalse(live.canUndo());
        assertEquals("", live.note());
    }
}
