package backprop.engine.train;

import backprop.engine.nn.Checks;
import backprop.engine.nn.Network;

/**
 * Per weight layer, the update-to-weight ratio ‖Δw‖ / ‖w‖ of the last update
 * over the epochs — practitioners' rule of thumb wants it near 1e-3: far above,
 * the learning rate is too high for that layer; far below, it learns slowly.
 * Bounded and spaced like {@link LossHistory}: samples at least {@link #stride()} apart on the
 * {@link EpochScale}; when full, thinned to twice that spacing.
 */
public final class UpdateRatios {
    /** The rule of thumb's ratio. */
    public static final double TYPICAL = 1e-3;
    /** How far (a factor either way) a ratio may stray from {@link #TYPICAL} before the page remarks on it. */
    public static final double FAR = 10;

    private final int capacity;
    private final int[] epochs;
    private double[][] ratios = new double[0][];
    private int layers;
    private int size;
    private int stride = 1;

    /** @param capacity samples kept at most; even, at least 4 */
    public UpdateRatios(int capacity) {
        if (capacity < 4 || capacity % 2 != 0) {
            throw new IllegalArgumentException("The history needs an even capacity of at least 4, got " + capacity);
        }
        this.capacity = capacity;
        epochs = new int[capacity];
    }

    /** ‖Δw‖ / ‖w‖ of weight layer k's last change (0 when the weights are all 0). */
    public static double ratio(Network network, int k) {
        double[] w = network.weights(k);
        double[] dw = network.weightChanges(k);
        double ww = 0;
        double dd = 0;
        for (int i = 0; i < w.length; i++) {
            ww += w[i] * w[i];
            dd += dw[i] * dw[i];
        }
        return ww == 0 ? 0 : Math.sqrt(dd) / Math.sqrt(ww);
    }

    public void clear() {
        size = 0;
        stride = 1;
    }

    /**
     * Offers the ratios of every layer of {@code network} at {@code epoch}
     * (a network of another depth starts the history afresh). Returns whether
     * the sample was kept.
     */
    public boolean record(int epoch, Network network) {
        int depth = network.depth();
        if (depth != layers) {
            layers = depth;
            ratios = new double[depth][capacity];
            clear();
        }
        if (!due(epoch)) {
            return false;
        }
        while (size == capacity) {
            halve();
        }
        if (!due(epoch)) {
            return false;
        }
        epochs[size] = epoch;
        for (int k = 0; k < depth; k++) {
            ratios[k][size] = ratio(network, k);
        }
        size++;
        return true;
    }

    private boolean due(int epoch) {
        return size == 0 || LossHistory.apart(epochs[size - 1], epoch, stride);
    }

    private void halve() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (i > 0 && !LossHistory.apart(epochs[kept - 1], epochs[i], stride)) {
                continue;
            }
            epochs[kept] = epochs[i];
            for (int k = 0; k < layers; k++) {
                ratios[k][kept] = ratios[k][i];
            }
            kept++;
        }
        size = kept;
    }

    /**
     * Refills the history from {@link RatioSnapshot}'s values: per sample its epoch, then one ratio
     * per layer, from {@code offset}.
     */
    void load(int newLayers, int newStride, int count, double[] values, int offset) {
        if (count > capacity || newStride < 1 || newLayers < 1) {
            throw new IllegalArgumentException("A ratio history of " + count + " samples of " + newLayers
                    + " layers (stride " + newStride + ") does not fit a capacity of " + capacity);
        }
        layers = newLayers;
        ratios = new double[newLayers][capacity];
        for (int i = 0; i < count; i++) {
            int at = offset + (1 + newLayers) * i;
            epochs[i] = (int) values[at];
            for (int k = 0; k < newLayers; k++) {
                ratios[k][i] = values[at + 1 + k];
            }
        }
        size = count;
        stride = newStride;
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return size;
    }

    public int layers() {
        return layers;
    }

    public int epoch(int i) {
        return epochs[Checks.index(i, size, "sample")];
    }

    public double ratio(int layer, int i) {
        return ratios[Checks.index(layer, layers, "layer")][Checks.index(i, size, "sample")];
    }

    /** Epochs between samples now. */
    public int stride() {
        return stride;
    }

    /** −1 when the ratio is far below {@link #TYPICAL}, +1 when far above, 0 when near it or 0 (no update yet). */
    public static int verdict(double ratio) {
        if (!(ratio > 0)) {
            return 0;
        }
        if (ratio > TYPICAL * FAR) {
            return 1;
        }
        return ratio < TYPICAL / FAR ? -1 : 0;
    }
}
