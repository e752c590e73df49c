package backprop.ui;

/**
 * Something in the network diagram a person can point at: an input feature,
 * a neuron, a link (one weight) or a bias. Immutable.
 */
final class Target {
    enum Kind { FEATURE, NEURON, LINK, BIAS }

    final Kind kind;
    /** NEURON: 1..depth (the neurons after weight layer − 1); LINK, BIAS: the weight layer 0..depth−1. */
    final int layer;
    /** FEATURE: the feature's ordinal; NEURON, BIAS: the neuron; LINK: the destination neuron. */
    final int index;
    /** LINK: the source (an input index of the weight layer); otherwise −1. */
    final int from;

    private Target(Kind kind, int layer, int index, int from) {
        this.kind = kind;
        this.layer = layer;
        this.index = index;
        this.from = from;
    }

    static Target feature(int ordinal) {
        return new Target(Kind.FEATURE, 0, ordinal, -1);
    }

    static Target neuron(int layer, int index) {
        return new Target(Kind.NEURON, layer, index, -1);
    }

    static Target link(int weightLayer, int from, int to) {
        return new Target(Kind.LINK, weightLayer, to, from);
    }

    static Target bias(int weightLayer, int neuron) {
        return new Target(Kind.BIAS, weightLayer, neuron, -1);
    }

    boolean editable() {
        return kind == Kind.LINK || kind == Kind.BIAS;
    }

    boolean same(Target other) {
        return other != null && other.kind == kind && other.layer == layer && other.index == index
                && other.from == from;
    }
}
