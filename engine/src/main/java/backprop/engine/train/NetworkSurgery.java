package backprop.engine.train;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Init;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.Rng;

/**
 * Changes the shape of a network while it learns, keeping what it has learned.
 * Each operation builds a NEW {@link Network} (and the matching
 * {@link Optimizer}) from an old one; the old pair is left untouched, so a
 * caller can keep it to undo the change.
 *
 * <p>Every weight and bias that survives the change keeps its value, its last
 * change Δw and its optimizer state (velocity, Adam's moments; Adam's step
 * count t carries on). New parameters start with zero optimizer state.
 *
 * <ul>
 * <li>{@link #addNeuron}: the new neuron j gets small random incoming weights
 *     and zero outgoing weights, so every z of the next layer gains the term
 *     0·a_j = 0: the function is unchanged, bit for bit. Training moves the
 *     outgoing weights first (∂L/∂w = δ·a_j ≠ 0); the incoming ones follow once
 *     those are no longer zero.</li>
 * <li>{@link #addInput}: the same with a new input column of zero weights.</li>
 * <li>{@link #removeNeuron}, {@link #removeInput}: the row and the column of
 *     the neuron go; every other weight is kept.</li>
 * <li>{@link #addLayer}: a layer h = f(a / f'(0)) inserted after a layer
 *     with outputs a (its weights are I / f'(0), its biases 0); the next
 *     layer keeps its weights W and gets b' = b − W·f(0)·𝟙. Near a = 0,
 *     h ≈ f(0) + a, so W·h + b' ≈ W·a + b; exactly so when f(a) = a on every
 *     value a can take: linear always, ReLU after a ReLU layer (a ≥ 0). For
 *     tanh, sigmoid and ELU the start is close but not exact (tanh 1 = 0.76);
 *     for ReLU or leaky ReLU on values that can be negative, the negative part
 *     is cut (or scaled by 0.01). Then {@link Result#exact} is false and the
 *     loss may jump. (A smaller scale, f(s·a)/s, is closer at the start, but
 *     its large outgoing weights make training unstable: measured on the
 *     spiral with tanh, the loss went from 0.15 to 0.8 one epoch after the
 *     change with s = ¼, and from 0.15 to 0.16 with s = 1.)</li>
 * <li>{@link #removeLayer}: the two weight layers around the layer are
 *     composed through the same linearisation f(z) ≈ f(0) + f'(0)·z:
 *     W = f'(0)·W₂·W₁, b = b₂ + W₂·(f(0)·𝟙 + f'(0)·b₁). Exact (up to rounding)
 *     only for the linear activation; it undoes {@link #addLayer} when nothing
 *     was trained in between.</li>
 * </ul>
 *
 * <p>What survives is carried over along index maps by {@link Transplant}.
 */
public final class NetworkSurgery {
    /** New incoming weights are uniform in [−range, range), as TensorFlow Playground's start. */
    static final double NEW_WEIGHT_RANGE = 0.5;
    /** Bias of a new neuron, as TensorFlow Playground's start. */
    static final double NEW_BIAS = 0.1;

    private NetworkSurgery() {
    }

    /** A reshaped network, its optimizer, and whether it computes the same function as before. */
    public static final class Result {
        public final Network network;
        public final Optimizer optimizer;
        /** True when the new network computes the same outputs as the old one for every input. */
        public final boolean exact;

        Result(Network network, Optimizer optimizer, boolean exact) {
            network.changed();
            this.network = network;
            this.optimizer = optimizer;
            this.exact = exact;
        }
    }

    // ---- neurons --------------------------------------------------------------------------------

    /**
     * Adds a neuron at the end of hidden layer {@code hidden} (0 = the first
     * hidden layer): random incoming weights from {@code rng}, zero outgoing
     * weights. Exact.
     */
    public static Result addNeuron(Network net, Optimizer optimizer, int hidden, Rng rng) {
        check(net, optimizer);
        Checks.notNull(rng, "rng");
        int layer = hiddenLayer(net, hidden);
        int[] old = net.shape();
        int n = old[layer];
        int[] shape = old.clone();
        shape[layer] = n + 1;
        Network to = new Network(shape, net.hiddenActivation(), net.outputActivation(), Init.ZERO, new Rng(0));
        to.copyLayerSettings(net, Transplant.hiddenLayers(net, -1, 0));
        Optimizer opt = optimizer.reshaped(shape);
        for (int k = 0; k < net.depth(); k++) {
            int[] rows = k + 1 == layer ? Transplant.insert(old[k + 1], n) : Transplant.keep(old[k + 1]);
            int[] cols = k == layer ? Transplant.insert(old[k], n) : Transplant.keep(old[k]);
            Transplant.layer(net, optimizer, k, to, opt, k, rows, cols);
        }
        randomRow(to, layer - 1, n, rng);
        return new Result(to, opt, true);
    }

    /** Removes neuron {@code index} of hidden layer {@code hidden} with its links; every other weight is kept. */
    public static Result removeNeuron(Network net, Optimizer optimizer, int hidden, int index) {
        check(net, optimizer);
        int layer = hiddenLayer(net, hidden);
        int[] old = net.shape();
        Checks.index(index, old[layer], "neuron");
        if (old[layer] == 1) {
            throw new IllegalArgumentException("Hidden layer " + (hidden + 1) + " has one neuron; remove the layer "
                    + "instead");
        }
        int[] shape = old.clone();
        shape[layer] = old[layer] - 1;
        Network to = new Network(shape, net.hiddenActivation(), net.outputActivation(), Init.ZERO, new Rng(0));
        to.copyLayerSettings(net, Transplant.hiddenLayers(net, -1, 0));
        Optimizer opt = optimizer.reshaped(shape);
        for (int k = 0; k < net.depth(); k++) {
            int[] rows = k + 1 == layer ? Transplant.drop(old[k + 1], index) : Transplant.keep(old[k + 1]);
            int[] cols = k == layer ? Transplant.drop(old[k], index) : Transplant.keep(old[k]);
            Transplant.layer(net, optimizer, k, to, opt, k, rows, cols);
        }
        return new Result(to, opt, false);
    }

    // ---- inputs ---------------------------------------------------------------------------------

    /** Inserts an input at position {@code index} (0..inputs) with zero outgoing weights. Exact. */
    public static Result addInput(Network net, Optimizer optimizer, int index) {
        check(net, optimizer);
        int[] old = net.shape();
        if (index < 0 || index > old[0]) {
            throw new IllegalArgumentException("A new input goes at 0.." + old[0] + ", got " + index);
        }
        int[] shape = old.clone();
        shape[0] = old[0] + 1;
        return sameLayers(net, optimizer, shape, Transplant.insert(old[0], index), true);
    }

    /** Removes input {@code index} and its outgoing weights. */
    public static Result removeInput(Network net, Optimizer optimizer, int index) {
        check(net, optimizer);
        int[] old = net.shape();
        Checks.index(index, old[0], "input");
        if (old[0] == 1) {
            throw new IllegalArgumentException("The network needs at least one input");
        }
        int[] shape = old.clone();
        shape[0] = old[0] - 1;
        return sameLayers(net, optimizer, shape, Transplant.drop(old[0], index), false);
    }

    private static Result sameLayers(Network net, Optimizer optimizer, int[] shape, int[] inputCols, boolean exact) {
        int[] old = net.shape();
        Network to = new Network(shape, net.hiddenActivation(), net.outputActivation(), Init.ZERO, new Rng(0));
        to.copyLayerSettings(net, Transplant.hiddenLayers(net, -1, 0));
        Optimizer opt = optimizer.reshaped(shape);
        for (int k = 0; k < net.depth(); k++) {
            Transplant.layer(net, optimizer, k, to, opt, k, Transplant.keep(old[k + 1]),
                    k == 0 ? inputCols : Transplant.keep(old[k]));
        }
        return new Result(to, opt, exact);
    }

    // ---- activation -----------------------------------------------------------------------------

    /** The same weights and optimizer state under another hidden activation (exact only if it is the same). */
    public static Result changeActivation(Network net, Optimizer optimizer, Activation hidden) {
        check(net, optimizer);
        Network to = net.copy();
        to.setHiddenActivation(hidden);
        return new Result(to, optimizer.copy(), hidden == net.hiddenActivation());
    }

    /**
     * The same weights and optimizer state under another global hidden activation, which every
     * hidden layer takes but those with {@code own[h]} true (they keep their own activation).
     */
    public static Result changeActivation(Network net, Optimizer optimizer, Activation hidden, boolean[] own) {
        check(net, optimizer);
        Network to = net.copy();
        to.setHiddenActivation(hidden);
        boolean exact = true;
        for (int h = 0; h < net.depth() - 1; h++) {
            if (h < own.length && own[h]) {
                to.setActivation(h, net.activation(h));
            } else {
                exact &= net.activation(h) == hidden;
            }
        }
        return new Result(to, optimizer.copy(), exact);
    }

    /**
     * The same weights and optimizer state with weight layer {@code k}'s activation changed (the last
     * layer: the output's); exact only if it is the same.
     */
    public static Result changeLayerActivation(Network net, Optimizer optimizer, int k, Activation activation) {
        check(net, optimizer);
        Network to = net.copy();
        to.setActivation(k, activation);
        return new Result(to, optimizer.copy(), activation == net.activation(k));
    }

    // ---- layers ---------------------------------------------------------------------------------

    /**
     * Whether {@link #addLayer} can insert a layer of {@code width} neurons at
     * hidden position {@code position} without changing the function.
     */
    public static boolean exactLayer(Network net, int position, int width) {
        int before = net.layerSize(position);
        Activation f = net.hiddenActivation();
        boolean passes = f == Activation.LINEAR
                || (f == Activation.RELU && position > 0 && net.activation(position - 1) == Activation.RELU);
        return passes && width >= before;
    }

    /**
     * Inserts a hidden layer of {@code width} neurons so that it becomes hidden
     * layer {@code position} (0 = right after the inputs, hiddenCount = right
     * before the output). Its first min(width, n) neurons pass the n outputs of
     * the layer before through (see the class comment); further neurons start
     * like {@link #addNeuron}'s. Exact when {@link #exactLayer} says so.
     */
    public static Result addLayer(Network net, Optimizer optimizer, int position, int width, Rng rng) {
        check(net, optimizer);
        Checks.notNull(rng, "rng");
        int hiddenCount = net.depth() - 1;
        if (position < 0 || position > hiddenCount) {
            throw new IllegalArgumentException("A new hidden layer goes at 0.." + hiddenCount + ", got " + position);
        }
        if (width < 1) {
            throw new IllegalArgumentException("A hidden layer needs at least one neuron, got " + width);
        }
        int[] old = net.shape();
        int layer = position + 1;
        int[] shape = new int[old.length + 1];
        System.arraycopy(old, 0, shape, 0, layer);
        shape[layer] = width;
        System.arraycopy(old, layer, shape, layer + 1, old.length - layer);
        Network to = new Network(shape, net.hiddenActivation(), net.outputActivation(), Init.ZERO, new Rng(0));
        to.copyLayerSettings(net, Transplant.hiddenLayers(net, position, 1));
        Optimizer opt = optimizer.reshaped(shape);
        for (int k = 0; k < net.depth(); k++) {
            if (k != layer - 1) {
                int kNew = k < layer - 1 ? k : k + 1;
                Transplant.layer(net, optimizer, k, to, opt, kNew, Transplant.keep(old[k + 1]),
                        Transplant.keep(old[k]));
            }
        }
        Activation f = to.activation(layer - 1);
        int before = old[layer - 1];
        int passed = Math.min(width, before);
        double[] wIn = to.weights(layer - 1);
        double scale = 1 / slopeAtZero(f);
        for (int i = 0; i < passed; i++) {
            wIn[i * before + i] = scale;
        }
        for (int i = passed; i < width; i++) {
            randomRow(to, layer - 1, i, rng);
        }
        // The next layer keeps its weights (and their optimizer state) on the passed-through neurons.
        int[] cols = new int[width];
        for (int i = 0; i < width; i++) {
            cols[i] = i < passed ? i : -1;
        }
        int next = old[layer];
        Transplant.layer(net, optimizer, layer - 1, to, opt, layer, Transplant.keep(next), cols);
        double f0 = f.value(0);
        if (f0 != 0) {
            double[] wOut = to.weights(layer);
            for (int j = 0; j < next; j++) {
                double sum = 0;
                for (int i = 0; i < passed; i++) {
                    sum += wOut[j * width + i];
                }
                to.biases(layer)[j] -= f0 * sum;
            }
        }
        return new Result(to, opt, exactLayer(net, position, width));
    }

    /**
     * Removes hidden layer {@code position} (0 = the first), composing the two
     * weight layers around it (see the class comment). Exact (up to rounding)
     * for the linear activation only.
     */
    public static Result removeLayer(Network net, Optimizer optimizer, int position) {
        check(net, optimizer);
        int layer = hiddenLayer(net, position);
        int[] old = net.shape();
        int[] shape = new int[old.length - 1];
        System.arraycopy(old, 0, shape, 0, layer);
        System.arraycopy(old, layer + 1, shape, layer, old.length - layer - 1);
        Network to = new Network(shape, net.hiddenActivation(), net.outputActivation(), Init.ZERO, new Rng(0));
        to.copyLayerSettings(net, Transplant.hiddenLayers(net, position, -1));
        Optimizer opt = optimizer.reshaped(shape);
        for (int k = 0; k < net.depth(); k++) {
            if (k < layer - 1) {
                Transplant.layer(net, optimizer, k, to, opt, k, Transplant.keep(old[k + 1]), Transplant.keep(old[k]));
            } else if (k > layer) {
                Transplant.layer(net, optimizer, k, to, opt, k - 1, Transplant.keep(old[k + 1]),
                        Transplant.keep(old[k]));
            }
        }
        Activation f = net.activation(layer - 1);
        double slope = slopeAtZero(f);
        double f0 = f.value(0);
        int p = old[layer - 1];
        int m = old[layer];
        int q = old[layer + 1];
        double[] w1 = net.weights(layer - 1);
        double[] b1 = net.biases(layer - 1);
        double[] w2 = net.weights(layer);
        double[] b2 = net.biases(layer);
        double[] w = to.weights(layer - 1);
        double[] b = to.biases(layer - 1);
        for (int j = 0; j < q; j++) {
            double bias = b2[j];
            for (int l = 0; l < m; l++) {
                double w2s = w2[j * m + l] * slope;
                if (w2s == 0) {
                    continue;
                }
                for (int i = 0; i < p; i++) {
                    w[j * p + i] += w2s * w1[l * p + i];
                }
                bias += w2[j * m + l] * f0 + w2s * b1[l];
            }
            b[j] = bias;
        }
        return new Result(to, opt, f == Activation.LINEAR);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** f'(0), taking the slope of the positive side at the ReLU kinks. */
    private static double slopeAtZero(Activation f) {
        return f == Activation.SIGMOID ? 0.25 : 1;
    }

    private static void check(Network net, Optimizer optimizer) {
        Checks.notNull(net, "network");
        Checks.notNull(optimizer, "optimizer");
        if (!net.sameShape(optimizer.shape())) {
            throw new IllegalArgumentException("The optimizer was made for another shape than the network's");
        }
    }

    /** The index in the shape of hidden layer {@code hidden}. */
    private static int hiddenLayer(Network net, int hidden) {
        int count = net.depth() - 1;
        if (hidden < 0 || hidden >= count) {
            throw new IllegalArgumentException("The network has hidden layers 0.." + (count - 1) + ", got " + hidden);
        }
        return hidden + 1;
    }

    /** Incoming weights of neuron {@code row} of weight layer k uniform in ±{@link #NEW_WEIGHT_RANGE}, bias {@link #NEW_BIAS}. */
    private static void randomRow(Network net, int k, int row, Rng rng) {
        int in = net.layerSize(k);
        double[] w = net.weights(k);
        for (int i = 0; i < in; i++) {
            w[row * in + i] = rng.uniform(-NEW_WEIGHT_RANGE, NEW_WEIGHT_RANGE);
        }
        net.biases(k)[row] = NEW_BIAS;
    }
}
