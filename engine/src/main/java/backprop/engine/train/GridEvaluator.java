package backprop.engine.train;

import backprop.engine.data.InputFeatures;
import backprop.engine.nn.BatchPass;
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
 * The network's own z/a arrays are not touched. Cells are evaluated in blocks
 * of {@link BatchPass#MAX_BLOCK} (each weight row read once per block), with
 * the very sums of the network's own forward pass.
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
    /** The input features of a block of cells, cell after cell. */
    private double[] features;
    /** The forward pass of a block of cells at once (the same sums as one cell at a time). */
    private BatchPass pass;

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
        int size = n * n;
        for (int first = 0; first < size; first += BatchPass.MAX_BLOCK) {
            int m = Math.min(BatchPass.MAX_BLOCK, size - first);
            for (int e = 0, cell = first; e < m; e++, cell++) {
                inputFeatures.compute(xs[cell % n], ys[cell / n], features, e * width);
            }
            pass.forward(network, features, m);
            for (int layer = everyNeuron ? 0 : depth; layer <= depth; layer++) {
                double[] block = layer == 0 ? features : pass.outputs(layer - 1);
                double[][] maps = cells[layer];
                int count = maps.length;
                for (int j = 0; j < count; j++) {
                    double[] map = maps[j];
                    for (int e = 0, q = j; e < m; e++, q += count) {
                        map[first + e] = block[q];
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
        features = new double[width * BatchPass.MAX_BLOCK];
        pass = new BatchPass(shape, BatchPass.MAX_BLOCK);
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
