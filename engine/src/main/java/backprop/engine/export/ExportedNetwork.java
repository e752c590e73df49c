package backprop.engine.export;

import backprop.engine.data.Feature;
import backprop.engine.data.FeatureSet;
import backprop.engine.formula.Formula;
import backprop.engine.nn.Activation;
import backprop.engine.nn.MathFunctions;
import backprop.engine.nn.Network;

/**
 * What an export writes out: a copy of the network taken when the export was asked for, the input
 * features it reads (input i is {@link #feature(int) feature(i)} of the point (x, y), or after the
 * built-in features the typed {@link #formula(int) formula(i)}), a one-line note on where it came
 * from, and the engine's own outputs at three fixed check points, which every exported program
 * prints beside its own so that a reader sees the two agree.
 *
 * <p>Each language asks {@link #activation(int)} for the activation of a weight layer, never the
 * network's hidden/output pair itself, so that per-layer activations need a change here only.
 */
public final class ExportedNetwork {
    /** The check points (x, y): spread over the playground's input square [−6, 6]². */
    private static final double[][] CHECK_POINTS = {{0.5, -1.5}, {-3.0, 2.25}, {4.5, 4.0}};

    private final Network network;
    private final FeatureSet features;
    private final Formula[] typed;
    private final String note;
    private final double[][] checkOutputs;

    /**
     * @param network the trained network; copied, so later training does not change the export
     * @param features the input features, as many as the network has inputs
     * @param note one line on where the network comes from (the page's state, say), or ""; written
     *     into a comment, so characters outside printable ASCII become '?'
     * @throws IllegalArgumentException when the features do not fit the network or a weight or
     *     bias is not a finite number (a run that diverged: reset it first)
     */
    public ExportedNetwork(Network network, FeatureSet features, String note) {
        if (network == null || features == null) {
            throw new IllegalArgumentException("an export needs a network and its input features");
        }
        if (features.width() != network.inputCount()) {
            throw new IllegalArgumentException("the network has " + network.inputCount() + " inputs but "
                    + features.width() + " input features are given");
        }
        this.network = network.copy();
        this.features = features;
        this.typed = features.typed();
        this.note = CodeText.commentText(note == null ? "" : note);
        for (int k = 0; k < this.network.depth(); k++) {
            requireFinite(this.network.weights(k), "weight", k);
            requireFinite(this.network.biases(k), "bias", k);
        }
        checkOutputs = new double[CHECK_POINTS.length][];
        for (int p = 0; p < CHECK_POINTS.length; p++) {
            checkOutputs[p] = predict(CHECK_POINTS[p][0], CHECK_POINTS[p][1]);
        }
    }

    private static void requireFinite(double[] values, String what, int k) {
        for (double v : values) {
            if (!MathFunctions.isFinite(v)) {
                throw new IllegalArgumentException("a " + what + " of weight layer " + (k + 1)
                        + " is not a finite number; reset the network before exporting it");
            }
        }
    }

    /**
     * The engine's output for the point (x, y): the features, then the network's forward pass
     * (into arrays of its own, so the copy's state is untouched).
     */
    public double[] predict(double x, double y) {
        double[] in = new double[features.width()];
        features.compute(x, y, in, 0);
        double[][] z = new double[network.depth()][];
        double[][] a = new double[network.depth()][];
        for (int k = 0; k < network.depth(); k++) {
            z[k] = new double[network.layerSize(k + 1)];
            a[k] = new double[network.layerSize(k + 1)];
        }
        network.forwardInto(in, 0, z, a);
        return a[network.depth() - 1].clone();
    }

    /** Number of weight layers. */
    public int depth() {
        return network.depth();
    }

    /** Neurons in layer {@code layer} (0 = the inputs). */
    public int layerSize(int layer) {
        return network.layerSize(layer);
    }

    public int inputCount() {
        return network.inputCount();
    }

    public int outputCount() {
        return network.outputCount();
    }

    /** The activation applied after weight layer k (0 ≤ k &lt; {@link #depth()}). */
    public Activation activation(int k) {
        return network.activation(k);
    }

    /** Weight layer k's weights, row-major [out][in]: index j·layerSize(k) + i. Read only. */
    double[] weights(int k) {
        return network.weights(k);
    }

    /** Weight layer k's biases. Read only. */
    double[] biases(int k) {
        return network.biases(k);
    }

    /** The built-in feature that feeds input {@code i}, or null when a typed formula does ({@link #formula}). */
    public Feature feature(int i) {
        return i < features.builtIn() ? features.feature(i) : null;
    }

    /**
     * The typed formula that feeds input {@code i}, or null when a built-in feature does. The
     * input is the formula's value, or 0 where that is NaN or infinite
     * ({@link backprop.engine.data.FeatureFormulas#input}); every language's code does the same.
     */
    public Formula formula(int i) {
        return i < features.builtIn() ? null : typed[i - features.builtIn()];
    }

    /** How many inputs are typed formulas (they come after the built-in features). */
    public int typedCount() {
        return typed.length;
    }

    /** The note for the header comment, printable ASCII (possibly empty). */
    String note() {
        return note;
    }

    /** How many check points there are. */
    int checkCount() {
        return CHECK_POINTS.length;
    }

    double checkX(int p) {
        return CHECK_POINTS[p][0];
    }

    double checkY(int p) {
        return CHECK_POINTS[p][1];
    }

    /** The engine's outputs at check point p. Read only. */
    double[] checkOutputs(int p) {
        return checkOutputs[p];
    }

    /** "2-4-1" */
    String shapeText() {
        StringBuilder s = new StringBuilder();
        for (int layer = 0; layer <= network.depth(); layer++) {
            s.append(layer == 0 ? "" : "-").append(network.layerSize(layer));
        }
        return s.toString();
    }

    /** Total weights and biases. */
    int parameterCount() {
        int n = 0;
        for (int k = 0; k < network.depth(); k++) {
            n += network.weights(k).length + network.biases(k).length;
        }
        return n;
    }
}
