package backprop.ui.base;

import backprop.engine.data.Feature;
import backprop.engine.train.Experiment;

/**
 * Something in the network diagram a person can point at: an input feature,
 * a neuron, a link (one weight) or a bias. Immutable.
 */
public final class Target {
    public enum Kind { FEATURE, NEURON, LINK, BIAS }

    public final Kind kind;
    /** NEURON: 1..depth (the neurons after weight layer − 1); LINK, BIAS: the weight layer 0..depth−1. */
    public final int layer;
    /**
     * FEATURE: the input column's row (a built-in feature's ordinal, or 9 + t for typed feature t);
     * NEURON, BIAS: the neuron; LINK: the destination neuron.
     */
    public final int index;
    /** LINK: the source (an input index of the weight layer); otherwise −1. */
    public final int from;

    private Target(Kind kind, int layer, int index, int from) {
        this.kind = kind;
        this.layer = layer;
        this.index = index;
        this.from = from;
    }

    /** The label of the input column's row {@code row}: a built-in feature's, or a typed one's formula. */
    public static String inputLabel(Experiment experiment, int row) {
        int builtIn = Feature.values().length;
        return row < builtIn ? Feature.values()[row].label() : experiment.features().typed()[row - builtIn].toString();
    }

    /** The network input fed by the input column's row {@code row}, or −1 for a built-in feature switched off. */
    public static int inputIndex(Experiment experiment, int row) {
        int builtIn = Feature.values().length;
        // the typed features are the network's last inputs, after the built-in ones in use
        return row < builtIn ? experiment.features().indexOf(Feature.values()[row])
                : experiment.features().builtIn() + row - builtIn;
    }

    public static Target feature(int ordinal) {
        return new Target(Kind.FEATURE, 0, ordinal, -1);
    }

    public static Target neuron(int layer, int index) {
        return new Target(Kind.NEURON, layer, index, -1);
    }

    public static Target link(int weightLayer, int from, int to) {
        return new Target(Kind.LINK, weightLayer, to, from);
    }

    public static Target bias(int weightLayer, int neuron) {
        return new Target(Kind.BIAS, weightLayer, neuron, -1);
    }

    public boolean editable() {
        return kind == Kind.LINK || kind == Kind.BIAS;
    }

    public boolean same(Target other) {
        return other != null && other.kind == kind && other.layer == layer && other.index == index
                && other.from == from;
    }
}
