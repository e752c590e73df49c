package backprop.ui;

import backprop.engine.nn.Activation;
import backprop.engine.train.Checkpoint;
import backprop.engine.train.Experiment;
import backprop.engine.data.Feature;
import backprop.engine.data.FeatureFormulas;
import backprop.engine.data.FeatureSet;
import backprop.engine.formula.Formula;
import backprop.engine.train.NetworkSurgery;
import backprop.engine.state.Preset;
import backprop.engine.nn.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Changes of shape, input features and hidden activation applied to the
 * running network instead of starting over (see {@link NetworkSurgery}):
 * training goes on, the epoch count goes on, each change leaves a marker on
 * the loss chart, and the last changes can be undone bit for bit.
 * The controller calls it for {@link backprop.ui.base.Effect#RESHAPE} unless the preset asks
 * to start over.
 */
final class LiveReshape {
    /** Changes that can be undone, at most… */
    static final int UNDO_DEPTH = 20;
    /** …and weights and biases held by their checkpoints, at most. */
    static final int UNDO_PARAMETERS = 1_000_000;

    static final String EXACT_NOTE = "The network computes exactly what it did before the change and keeps learning.";
    static final String LAYER_NOTE = "This activation cannot pass values through unchanged, so the loss may jump.";
    static final String REMOVE_NOTE = "Removing part of the network changes what it computes, so the loss may jump.";
    static final String ACTIVATION_NOTE = "The weights are kept, but the new activation changes what the network "
            + "computes, so the loss may jump.";

    private final ChangeMarkers markers = new ChangeMarkers();
    private final ArrayList<Entry> undo = new ArrayList<>();
    private String note = "";
    private int changes;

    /** One change that can be undone: the run just before it, and the network settings it replaced. */
    private static final class Entry {
        final Checkpoint checkpoint;
        final Preset before;
        final String label;

        Entry(Checkpoint checkpoint, Preset before, String label) {
            this.checkpoint = checkpoint;
            this.before = before;
            this.label = label;
        }
    }

    /** The network being built up step by step, and what the steps did. */
    private static final class Steps {
        NetworkSurgery.Result now;
        FeatureSet features;
        final StringBuilder label = new StringBuilder();
        String note = EXACT_NOTE;

        void did(NetworkSurgery.Result result, String what, String inexactNote) {
            now = result;
            label.append(label.length() == 0 ? "" : ", ").append(what);
            if (!result.exact && (EXACT_NOTE.equals(note) || LAYER_NOTE.equals(inexactNote))) {
                note = inexactNote;
            }
        }
    }

    /**
     * Reshapes the running network from {@code before}'s shape, features and
     * activation to {@code after}'s. Returns false, changing nothing, when the
     * change is not one the surgery can make (say two layers added at once
     * through a pasted address): then the caller starts over.
     */
    boolean apply(Experiment experiment, Preset before, Preset after) {
        Steps steps = new Steps();
        steps.now = NetworkSurgery.changeActivation(experiment.network(), experiment.trainer().optimizer(),
                experiment.network().hiddenActivation());
        steps.features = experiment.features();
        Rng rng = Rng.fromSeed(after.seed + "|reshape|" + (changes + 1));
        try {
            if (before.activation != after.activation) {
                changeGlobalActivation(steps, before, after);
            }
            changeFeatures(steps, before, after);
            changeTyped(steps, after);
            if (!changeShape(steps, before.networkShape, after.networkShape, rng)) {
                return false;
            }
            changeLayerActivations(steps, after);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (steps.label.length() == 0) {
            return true;
        }
        Checkpoint checkpoint = experiment.checkpoint();
        experiment.reshape(steps.now.network, steps.now.optimizer, steps.features);
        changes++;
        push(new Entry(checkpoint, before.copy(), steps.label.toString()));
        markers.add(checkpoint.epoch(), steps.label.toString());
        note = steps.note;
        return true;
    }

    /**
     * Records an edit made by hand (a weight or bias typed in) just before it happens, as a change
     * that can be undone like the others, with its marker on the loss chart.
     */
    void record(Experiment experiment, Preset current, String label) {
        Checkpoint checkpoint = experiment.checkpoint();
        changes++;
        push(new Entry(checkpoint, current.copy(), label));
        markers.add(checkpoint.epoch(), label);
        note = "";
    }

    /** The global activation: every hidden layer without an activation of its own takes it (weights kept). */
    private static void changeGlobalActivation(Steps steps, Preset before, Preset after) {
        boolean[] own = new boolean[after.layerActivations.length];
        for (int h = 0; h < own.length; h++) {
            own[h] = after.layerActivations[h] != null;
        }
        steps.did(NetworkSurgery.changeActivation(steps.now.network, steps.now.optimizer, after.activation, own),
                activationName(before.activation) + "→" + activationName(after.activation), ACTIVATION_NOTE);
    }

    /** Each hidden layer's own activation, as {@code after} sets it (after any change of shape). */
    private static void changeLayerActivations(Steps steps, Preset after) {
        for (int h = 0; h < steps.now.network.depth() - 1; h++) {
            Activation was = steps.now.network.activation(h);
            Activation want = after.hiddenActivation(h);
            if (was != want) {
                steps.did(NetworkSurgery.changeLayerActivation(steps.now.network, steps.now.optimizer, h, want),
                        "layer " + (h + 1) + " " + activationName(was) + "→" + activationName(want), ACTIVATION_NOTE);
            }
        }
    }

    /** Additions first, so that the network never runs out of inputs on the way. */
    private static void changeFeatures(Steps steps, Preset before, Preset after) {
        for (Feature f : Feature.values()) {
            if (after.feature(f) && !before.feature(f)) {
                FeatureSet next = with(steps.features, f, true);
                steps.did(NetworkSurgery.addInput(steps.now.network, steps.now.optimizer, next.indexOf(f)),
                        "+" + f.label(), EXACT_NOTE);
                steps.features = next;
            }
        }
        for (Feature f : Feature.values()) {
            if (before.feature(f) && !after.feature(f)) {
                int index = steps.features.indexOf(f);
                steps.did(NetworkSurgery.removeInput(steps.now.network, steps.now.optimizer, index),
                        "−" + f.label(), REMOVE_NOTE);
                steps.features = with(steps.features, f, false);
            }
        }
    }

    /**
     * Typed features: those gone are removed, new ones added after the others (so the network
     * computes what it did: a new input starts with zero weights). A reordering the surgery
     * cannot make (from a pasted address) throws, and the caller starts over.
     */
    private static void changeTyped(Steps steps, Preset after) {
        Formula[] wanted = FeatureFormulas.parse(after.featureFormulas);
        List<Formula> current = new ArrayList<>(Arrays.asList(steps.features.typed()));
        List<Formula> target = Arrays.asList(wanted);
        for (int i = current.size() - 1; i >= 0; i--) {
            if (!target.contains(current.get(i))) {
                Formula gone = current.remove(i);
                steps.did(NetworkSurgery.removeInput(steps.now.network, steps.now.optimizer, steps.features.builtIn() + i),
                        "−" + gone, REMOVE_NOTE);
                steps.features = steps.features.withTyped(current.toArray(new Formula[0]));
            }
        }
        for (Formula f : wanted) {
            if (!current.contains(f)) {
                current.add(f);
                FeatureSet next = steps.features.withTyped(current.toArray(new Formula[0]));
                steps.did(NetworkSurgery.addInput(steps.now.network, steps.now.optimizer, next.width() - 1), "+" + f,
                        EXACT_NOTE);
                steps.features = next;
            }
        }
        if (!current.equals(target)) {
            throw new IllegalArgumentException("the typed features changed their order");
        }
    }

    private static FeatureSet with(FeatureSet set, Feature feature, boolean on) {
        boolean[] flags = new boolean[Feature.values().length];
        for (Feature f : set.toArray()) {
            flags[f.ordinal()] = true;
        }
        flags[feature.ordinal()] = on;
        return FeatureSet.fromFlags(flags).withTyped(set.typed());
    }

    /**
     * Same number of layers: neurons are added at the end of a layer or taken
     * from its end. One layer more or less: it is inserted or removed where
     * the shapes differ (the last such place). Anything else: false.
     */
    private static boolean changeShape(Steps steps, int[] from, int[] to, Rng rng) {
        if (from.length == to.length) {
            for (int layer = 0; layer < from.length; layer++) {
                for (int n = from[layer]; n < to[layer]; n++) {
                    steps.did(NetworkSurgery.addNeuron(steps.now.network, steps.now.optimizer, layer, rng),
                            "+1 neuron, layer " + (layer + 1), EXACT_NOTE);
                }
                for (int n = from[layer]; n > to[layer]; n--) {
                    steps.did(NetworkSurgery.removeNeuron(steps.now.network, steps.now.optimizer, layer, n - 1),
                            "−1 neuron, layer " + (layer + 1), REMOVE_NOTE);
                }
            }
            return true;
        }
        if (to.length == from.length + 1) {
            int at = differingPlace(to, from);
            if (at >= 0) {
                steps.did(NetworkSurgery.addLayer(steps.now.network, steps.now.optimizer, at, to[at], rng),
                        "+layer " + (at + 1), LAYER_NOTE);
                return true;
            }
        }
        if (from.length == to.length + 1) {
            int at = differingPlace(from, to);
            if (at >= 0) {
                steps.did(NetworkSurgery.removeLayer(steps.now.network, steps.now.optimizer, at),
                        "−layer " + (at + 1), REMOVE_NOTE);
                return true;
            }
        }
        return false;
    }

    /** The last index whose removal from {@code longer} leaves {@code shorter}, or −1. */
    private static int differingPlace(int[] longer, int[] shorter) {
        for (int at = longer.length - 1; at >= 0; at--) {
            boolean same = true;
            for (int i = 0; i < shorter.length && same; i++) {
                same = shorter[i] == longer[i < at ? i : i + 1];
            }
            if (same) {
                return at;
            }
        }
        return -1;
    }

    private void push(Entry entry) {
        undo.add(entry);
        int held = 0;
        for (Entry e : undo) {
            held += e.checkpoint.parameterCount();
        }
        while (undo.size() > UNDO_DEPTH || (undo.size() > 1 && held > UNDO_PARAMETERS)) {
            held -= undo.remove(0).checkpoint.parameterCount();
        }
    }

    /**
     * Puts the run back to just before the last change: every weight bit for
     * bit, the optimizer state, the inputs and the epoch count. Returns the
     * state to show — {@code current} with the network settings of then — or
     * null when there is nothing to undo.
     */
    Preset undo(Experiment experiment, Preset current) {
        if (undo.isEmpty()) {
            return null;
        }
        Entry last = undo.remove(undo.size() - 1);
        experiment.restore(last.checkpoint);
        markers.removeLast();
        Preset p = current.copy();
        p.networkShape = last.before.networkShape.clone();
        p.activation = last.before.activation;
        p.layerActivations = last.before.layerActivations.clone();
        p.dropout = last.before.dropout.clone();
        for (Feature f : Feature.values()) {
            p.setFeature(f, last.before.feature(f));
        }
        p.featureFormulas = last.before.featureFormulas;
        note = "Undone: " + last.label + ". The network is back as it was at epoch "
                + last.checkpoint.epoch() + ".";
        return p;
    }

    /** Forgets markers and undo steps (the run started over). */
    void clear() {
        undo.clear();
        markers.clear();
        note = "";
    }

    ChangeMarkers markers() {
        return markers;
    }

    String note() {
        return note;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    private static String activationName(Activation a) {
        return a.id();
    }
}
