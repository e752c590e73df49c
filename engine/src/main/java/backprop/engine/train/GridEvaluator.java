package backprop.engine.train;

import backprop.engine.data.InputFeatures;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;

/**
 * Evaluates a network over an N×N grid of the input plane [min, max]², for
 * the heatmaps: the input features and the output of every neuron (or only
 * of the output layer, for a big output map), into arrays allocated once.
 *
 * <p>Cell index = row·N + col; row 0 is the top (y near max), col 0 the left
 * (x near min); each cell is evaluated at its centre:
 * x = min + (col + ½)·(max − min)/N, y = max − (row + ½)·(max − min)/N.
 * The network's own z/a arrays are not touched.
 */
public final class GridEvaluator {
    /** Largest grid side. */
    public static final int MAX_RESOLUTION = 2048;

    private final int resolution;
    private final double min;
    private final double max;
    private final boolean everyNeuron;
    private final double[] xs;
    private final double[] ys;

    private int[] shape;
    private int featureWidth;
    /** cells[layer][neuron][cell]; layer 0 = input features (null when only the output is kept). */
    private double[][][] cells;
    private double[] features;
    private double[][] z;
    private double[][] a;

    /** An evaluator that keeps every neuron's map. */
    public GridEvaluator(int resolution, double min, double max) {
        this(resolution, min, max, true);
    }

    /**
     * @param everyNeuron true to keep the maps of the input features and every
     *     neuron; false to keep only the output layer's
     */
    public GridEvaluator(int resolution, double min, double max, boolean everyNeuron) {
        if (resolution < 1 || resolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException("The grid resolution must be 1.." + MAX_RESOLUTION + ", got "
                    + resolution);
        }
        Checks.finite(min, "grid min");
        Checks.finite(max, "grid max");
        if (!(min < max)) {
            throw new IllegalArgumentException("The grid needs min < max, got min " + NumberText.format(min) + " and max " + NumberText.format(max));
        }
        this.resolution = resolution;
        this.min = min;
        this.max = max;
        this.everyNeuron = everyNeuron;
        xs = new double[resolution];
        ys = new double[resolution];
        double step = (max - min) / resolution;
        for (int i = 0; i < resolution; i++) {
            xs[i] = min + (i + 0.5) * step;
            ys[i] = max - (i + 0.5) * step;
        }
    }

    /** Fills the maps for {@code network} with inputs from {@code inputFeatures} (its width must be the network's inputs). */
    public void evaluate(Network network, InputFeatures inputFeatures) {
        Checks.notNull(network, "network");
        Checks.notNull(inputFeatures, "input features");
        int width = inputFeatures.width();
        if (width != network.inputCount()) {
            throw new IllegalArgumentException("The input features give " + width
                    + " inputs, but the network takes " + network.inputCount());
        }
        prepare(network, width);
        int depth = shape.length - 1;
        int n = resolution;
        for (int row = 0, cell = 0; row < n; row++) {
            double y = ys[row];
            for (int col = 0; col < n; col++, cell++) {
                inputFeatures.compute(xs[col], y, features, 0);
                network.forwardInto(features, 0, z, a);
                if (everyNeuron) {
                    double[][] in = cells[0];
                    for (int i = 0; i < width; i++) {
                        in[i][cell] = features[i];
                    }
                    for (int k = 0; k < depth; k++) {
                        double[][] layer = cells[k + 1];
                        double[] ak = a[k];
                        for (int j = 0; j < ak.length; j++) {
                            layer[j][cell] = ak[j];
                        }
                    }
                } else {
                    double[][] layer = cells[depth];
                    double[] out = a[depth - 1];
                    for (int j = 0; j < out.length; j++) {
                        layer[j][cell] = out[j];
                    }
                }
            }
        }
    }

    private void prepare(Network network, int width) {
        if (shape != null && network.sameShape(shape) && width == featureWidth) {
            return;
        }
        shape = network.shape();
        featureWidth = width;
        int depth = shape.length - 1;
        int size = resolution * resolution;
        cells = new double[depth + 1][][];
        for (int layer = everyNeuron ? 0 : depth; layer <= depth; layer++) {
            cells[layer] = new double[shape[layer]][size];
        }
        features = new double[width];
        z = new double[depth][];
        a = new double[depth][];
        for (int k = 0; k < depth; k++) {
            z[k] = new double[shape[k + 1]];
            a[k] = new double[shape[k + 1]];
        }
    }

    /**
     * The map of one neuron after {@link #evaluate}: layer 0 = the input
     * features, layer k ≥ 1 = the neurons after weight layer k − 1 (the last
     * layer is the output).
     */
    public double[] cells(int layer, int neuron) {
        if (cells == null) {
            throw new IllegalStateException("Call evaluate before reading cells");
        }
        Checks.index(layer, cells.length, "layer");
        if (cells[layer] == null) {
            throw new IllegalArgumentException("This evaluator keeps only the output layer (" + (cells.length - 1)
                    + "); make one with everyNeuron = true for layer " + layer);
        }
        return cells[layer][Checks.index(neuron, cells[layer].length, "neuron")];
    }

    /** The map of output neuron {@code neuron}. */
    public double[] output(int neuron) {
        return cells(cells == null ? 0 : cells.length - 1, neuron);
    }

    public int resolution() {
        return resolution;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }


    /** x at the centre of column {@code col}. */
    public double x(int col) {
        return xs[Checks.index(col, resolution, "column")];
    }

    /** y at the centre of row {@code row} (row 0 at the top). */
    public double y(int row) {
        return ys[Checks.index(row, resolution, "row")];
    }
}
