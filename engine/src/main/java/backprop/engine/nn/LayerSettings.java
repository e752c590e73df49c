package backprop.engine.nn;

/**
 * The settings each layer of a {@link Network} has of its own: the activation of every weight
 * layer (the last is the output's) and the dropout of every hidden layer, with the activation the
 * hidden layers were last all given at once. The network reads them in its passes; the checks
 * here say which layer an argument names.
 */
final class LayerSettings {
    /** Weight layers: shape.length − 1. */
    private final int depth;
    /** The activation {@link #setHidden} last gave every hidden layer. */
    private Activation hidden;
    /** activations[k]: the activation of weight layer k's neurons; the last is the output's. */
    final Activation[] activations;
    /** The hidden layers' dropout rates and masks. */
    final Dropout dropout;

    /** Every hidden layer with {@code hidden} and no dropout, the output with {@code output}. */
    LayerSettings(int[] shape, Activation hidden, Activation output) {
        Activation.checkHidden(hidden);
        Checks.notNull(output, "output activation");
        depth = shape.length - 1;
        this.hidden = hidden;
        activations = new Activation[depth];
        java.util.Arrays.fill(activations, hidden);
        activations[depth - 1] = output;
        int[] hiddenSizes = new int[depth - 1];
        System.arraycopy(shape, 1, hiddenSizes, 0, depth - 1);
        dropout = new Dropout(hiddenSizes);
    }

    /**
     * Takes the hidden activations and dropout rates of {@code from}'s layers: hidden layer h here
     * gets those of {@code from}'s hidden layer {@code map[h]} (−1: the global hidden activation
     * and no dropout). The output activation is left alone.
     */
    void copyFrom(LayerSettings from, int[] map) {
        if (map.length < depth - 1) {
            throw new IllegalArgumentException("the map names " + map.length + " of " + (depth - 1) + " hidden layers");
        }
        hidden = from.hidden;
        for (int h = 0; h < depth - 1; h++) {
            activations[h] = map[h] < 0 ? from.hidden : from.activations[Checks.index(map[h], from.depth - 1,
                    "hidden layer")];
        }
        dropout.copyRates(from.dropout, map);
    }

    Activation hidden() {
        return hidden;
    }

    Activation output() {
        return activations[depth - 1];
    }

    /** Every hidden layer's activation. */
    void setHidden(Activation activation) {
        Activation.checkHidden(activation);
        hidden = activation;
        for (int k = 0; k < depth - 1; k++) {
            activations[k] = activation;
        }
    }

    /** Weight layer k's activation (the last: the output's; softmax only there). */
    void set(int k, Activation activation) {
        layer(k);
        if (k < depth - 1) {
            Activation.checkHidden(activation);
        }
        activations[k] = Checks.notNull(activation, "activation");
    }

    void setOutput(Activation activation) {
        activations[depth - 1] = Checks.notNull(activation, "output activation");
    }

    /** k, checked to name a weight layer. */
    int layer(int k) {
        return Checks.index(k, depth, "weight layer");
    }

    /** h, checked to name a hidden layer (0 = the first). */
    int hiddenLayer(int h) {
        return Checks.index(h, depth - 1, "hidden layer");
    }

    /** Hidden layer h's mask of the last training step that drew one; null when the layer drops nothing. */
    double[] lastDropoutMask(int h) {
        int layer = hiddenLayer(h);
        return dropout.rate(layer) > 0 ? dropout.factors(layer) : null;
    }
}
