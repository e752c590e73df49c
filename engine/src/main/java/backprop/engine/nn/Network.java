package backprop.engine.nn;

/**
 * A fully connected network, stored as flat {@code double[]} per weight layer
 * so that training allocates nothing and the UI reads every number in place.
 *
 * <p>shape = [inputs, hidden…, outputs]; weight layer k (0 ≤ k &lt; {@link #depth()})
 * maps the shape[k] neurons of layer k to the shape[k+1] neurons of layer k+1.
 * Its arrays: {@code weights(k)[j * shape[k] + i]} is the weight from neuron i
 * to neuron j; {@code preActivations(k)[j]} = z_j = Σ_i w_ji·a_i + b_j;
 * {@code outputs(k)[j]} = a_j = f(z_j); {@code deltas(k)[j]} = δ_j = ∂L/∂z_j;
 * gradient accumulators ∂L/∂w_ji = δ_j·a_i summed over the current mini-batch;
 * the last change Δw applied by {@link #applyUpdate}; and the {@link DeadLinks}.
 *
 * <p>The four phases of the lesson are four calls: {@link #forward},
 * {@link #loss}, {@link #backward}, {@link #applyUpdate}.
 *
 * <p>Each weight layer k has its own activation, {@link #activation(int)} (the last one is the
 * output's); {@link #setHiddenActivation} sets all hidden ones at once. Hidden layers may drop
 * neurons while training ({@link Dropout}): {@link #forwardTraining} draws a mask and applies it,
 * {@link #backward} follows it; {@link #forward} never drops anything (evaluation). Those
 * per-layer settings live in a {@link LayerSettings}; the per-example arithmetic of the forward
 * and backward passes in an {@link ExamplePass}.
 */
public final class Network {
    /** Most neurons in one layer (inputs included). */
    public static final int MAX_LAYER_SIZE = 4096;
    /** Most hidden layers. */
    public static final int MAX_HIDDEN_LAYERS = 32;
    /** Most weights in the whole network (each costs ~5 doubles with gradients, changes and optimizer state). */
    public static final int MAX_WEIGHTS = 2_000_000;

    private final int[] shape;
    private final int depth;
    /** Each layer's activation and dropout. */
    private final LayerSettings layers;
    /** The forward and backward pass of one example through the arrays below (z, a, δ and the input are its). */
    private final ExamplePass pass;
    /** The trainable numbers, gradients and changes below, as the optimizer is handed them. */
    private final Parameters parameters;
    final double[][] weights;
    final double[][] biases;
    final double[][] z;
    final double[][] a;
    final double[][] delta;
    final double[][] weightGradient;
    final double[][] biasGradient;
    /** Copy of the inputs of the last {@link #forward}. */
    final double[] input;
    /** Examples whose gradients are summed in the accumulators. */
    int accumulated;
    /** Incremented whenever the function the network computes may have changed. */
    private int version;

    /**
     * A network with the given shape and activations, weights initialised by {@code init} from {@code rng}.
     *
     * @throws IllegalArgumentException for a bad shape, a null argument, or softmax in hidden layers
     */
    public Network(int[] shape, Activation hidden, Activation output, Init init, Rng rng) {
        Shapes.check(shape, MAX_LAYER_SIZE, MAX_HIDDEN_LAYERS, MAX_WEIGHTS);
        Checks.notNull(init, "init");
        Checks.notNull(rng, "rng");
        layers = new LayerSettings(shape, hidden, output);
        this.shape = shape.clone();
        this.depth = shape.length - 1;
        parameters = new Parameters(shape);
        weights = parameters.weights;
        biases = parameters.biases;
        weightGradient = parameters.weightGradientSums;
        biasGradient = parameters.biasGradientSums;
        pass = new ExamplePass(this.shape, parameters, layers);
        z = pass.z;
        a = pass.a;
        delta = pass.delta;
        input = pass.input;
        initialize(init, rng);
    }

    /** Re-initialises every weight and bias; clears gradients, changes, pending updates and dead links. */
    public void initialize(Init init, Rng rng) {
        Checks.notNull(init, "init");
        Checks.notNull(rng, "rng");
        parameters.initialize(init, rng);
        clearGradients();
        changed();
    }

    /**
     * A deep copy: same shape, activations, dropout rates, weights, biases, last changes and dead
     * links; no gradients, no dropout masks.
     */
    public Network copy() {
        Network c = new Network(shape, layers.hidden(), outputActivation(), Init.ZERO, new Rng(0));
        parameters.copyInto(c.parameters);
        int[] same = new int[depth];
        for (int k = 0; k < depth; k++) {
            same[k] = k;
        }
        c.copyLayerSettings(this, same);
        return c;
    }

    /**
     * Takes the hidden activations and dropout rates of {@code from}'s layers: hidden layer h here
     * gets those of {@code from}'s hidden layer {@code map[h]} (−1: the global hidden activation
     * and no dropout). The output activation and the weights are left alone. For reshaped copies.
     */
    public void copyLayerSettings(Network from, int[] map) {
        Checks.notNull(from, "network");
        layers.copyFrom(from.layers, map);
        changed();
    }

    // ---- Phase 1: forward pass ------------------------------------------------------------------

    /**
     * Forward pass for the example at {@code inputs[offset ..]}: z = W·a_prev + b, a = f(z), layer
     * by layer. Returns the network's own output array (valid until the next forward pass; read only).
     */
    public double[] forward(double[] inputs, int offset) {
        Checks.slice(inputs, offset, shape[0], "inputs");
        return forwardUnchecked(inputs, offset);
    }

    /**
     * {@link #forward} without the argument checks, for the trainer's loop (it checked its examples
     * once). Copies the inputs by hand: TeaVM-JS's System.arraycopy allocates a view per call.
     */
    public double[] forwardUnchecked(double[] inputs, int offset) {
        return pass.forwardCopy(inputs, offset, false);
    }

    /**
     * A training forward pass: draws a new dropout mask from {@code rng} for every hidden layer
     * with a rate above 0, then runs {@link #forwardMasked}. Without dropout it is {@link #forward}
     * (and draws nothing).
     */
    public double[] forwardTraining(double[] inputs, int offset, Rng rng) {
        Checks.slice(inputs, offset, shape[0], "inputs");
        Checks.notNull(rng, "rng");
        if (!layers.dropout.any()) {
            return pass.forwardCopy(inputs, offset, false);
        }
        layers.dropout.draw(rng);
        return pass.forwardCopy(inputs, offset, true);
    }

    /**
     * The forward pass with the current dropout masks ({@link #setDropoutMask} or the last drawn):
     * a hidden layer with a mask passes on a_j·m_j (m_j = 0 or 1/(1 − p)); {@link #outputs} then
     * holds those values and the next {@link #backward} follows the same masks.
     */
    public double[] forwardMasked(double[] inputs, int offset) {
        Checks.slice(inputs, offset, shape[0], "inputs");
        return pass.forwardCopy(inputs, offset, true);
    }

    /**
     * The forward pass into caller-owned z/a arrays (same sizes as the network's), for grid
     * evaluation: no dropout.
     */
    public void forwardInto(double[] in, int offset, double[][] zs, double[][] as) {
        pass.forwardLayers(in, offset, zs, as, false);
    }

    // ---- Phase 2: loss --------------------------------------------------------------------------

    /** The loss of the last forward pass's outputs against {@code targets[offset ..]} (see {@link Loss}). */
    public double loss(Loss loss, double[] targets, int offset) {
        Checks.notNull(loss, "loss");
        loss.checkOutput(outputActivation());
        Checks.slice(targets, offset, outputCount(), "targets");
        return loss.value(z[depth - 1], a[depth - 1], targets, offset, outputCount());
    }

    // ---- Phase 3: backward pass -----------------------------------------------------------------

    /**
     * Backward pass after {@link #forward}: δ of the output layer from the loss, then
     * δ_i = f'(z_i)·Σ_j w_ji·δ_j layer by layer back (times the mask factor m_i after a
     * {@link #forwardMasked}); ADDS ∂L/∂w_ji = δ_j·a_i (0 for a dead link)
     * and ∂L/∂b_j = δ_j to the accumulators.
     */
    public void backward(Loss loss, double[] targets, int offset) {
        Checks.notNull(loss, "loss");
        loss.checkOutput(outputActivation());
        Checks.slice(targets, offset, outputCount(), "targets");
        backwardUnchecked(loss, targets, offset);
        parameters.dead.clearGradients(weightGradient);
    }

    /** {@link #backward} without the checks, for the trainer's loop; dead links' sums are dropped at the update. */
    public void backwardUnchecked(Loss loss, double[] targets, int offset) {
        pass.backward(loss, targets, offset);
        accumulated++;
    }

    // ---- Phase 4: weight update -----------------------------------------------------------------

    /**
     * Applies the mean gradient of the examples accumulated since the last update: the optimizer
     * turns it into Δw, then the regularization step (see {@link Regularization}); clears the
     * accumulators. Does nothing when no example was accumulated.
     *
     * @return false when the update would make a weight or bias non-finite: then nothing is
     *     applied (the network keeps its last finite values) and the recorded changes are zero
     */
    public boolean applyUpdate(Optimizer optimizer, double learningRate, Regularization regularization,
            double regularizationRate) {
        Checks.notNull(optimizer, "optimizer");
        Checks.nonNegative(learningRate, "learning rate");
        Checks.notNull(regularization, "regularization");
        Checks.nonNegative(regularizationRate, "regularization rate");
        if (accumulated == 0) {
            return true;
        }
        boolean finite = optimizer.step(parameters, accumulated, learningRate, regularization, regularizationRate);
        clearGradients();
        if (finite) {
            changed();
        }
        return finite;
    }

    /** Forgets the gradients accumulated since the last update. */
    public void clearGradients() {
        parameters.clearGradientSums();
        accumulated = 0;
    }

    /** Σ R(w) over every weight (not the biases): add λ times this to the mean loss for the objective J. */
    public double regularizationPenalty(Regularization regularization) {
        return parameters.penalty(Checks.notNull(regularization, "regularization"));
    }

    // ---- Structure and state --------------------------------------------------------------------

    public int[] shape() {
        return shape.clone();
    }

    /** Number of weight layers: shape.length − 1. */
    public int depth() {
        return depth;
    }

    public int inputCount() {
        return shape[0];
    }

    public int outputCount() {
        return shape[depth];
    }

    /** Neurons in layer {@code layer} of the shape (0 = inputs). */
    public int layerSize(int layer) {
        return shape[Checks.index(layer, shape.length, "layer")];
    }

    /** The activation {@link #setHiddenActivation} last gave all hidden layers (a layer may have its own). */
    public Activation hiddenActivation() {
        return layers.hidden();
    }

    public Activation outputActivation() {
        return layers.output();
    }

    /** The activation of weight layer k's neurons: hidden layer k + 1 of the shape, or the output for the last. */
    public Activation activation(int k) {
        return layers.activations[layer(k)];
    }

    /** Changes every hidden layer's activation; weights stay as they are. */
    public void setHiddenActivation(Activation activation) {
        layers.setHidden(activation);
        changed();
    }

    /** Changes weight layer k's activation (the last: the output's); weights stay as they are. */
    public void setActivation(int k, Activation activation) {
        layers.set(k, activation);
        changed();
    }

    /** Changes the output layer's activation; weights stay as they are. */
    public void setOutputActivation(Activation activation) {
        layers.setOutput(activation);
        changed();
    }

    // ---- Dropout ----------------------------------------------------------------------------------

    /** The dropout rate p of hidden layer h (0 = the first hidden layer); 0 = none. */
    public double dropoutRate(int h) {
        return layers.dropout.rate(layers.hiddenLayer(h));
    }

    /**
     * Sets hidden layer h's dropout rate p in [0, 0.95]: while training, each of its neurons is
     * dropped with probability p. Evaluation is unchanged, so the weights and the function stay.
     */
    public void setDropoutRate(int h, double rate) {
        layers.dropout.setRate(layers.hiddenLayer(h), rate);
        changed();
    }

    /** Whether some hidden layer drops neurons while training (a batched path must then train per example). */
    public boolean hasDropout() {
        return layers.dropout.any();
    }

    /**
     * Fixes hidden layer h's mask for {@link #forwardMasked}: factors[j] = 0 drops neuron j, any
     * other factor scales its output (1/(1 − p) for inverted dropout); null: no mask on that layer.
     */
    public void setDropoutMask(int h, double[] factors) {
        layers.dropout.setFactors(layers.hiddenLayer(h), factors);
    }

    /** Hidden layer h's mask factors of the last masked forward pass, or null when it had none (read only). */
    public double[] dropoutMask(int h) {
        return pass.masked ? layers.dropout.factors(layers.hiddenLayer(h)) : null;
    }

    /**
     * Hidden layer h's mask of the last training step that drew one, kept after evaluation passes
     * (for the diagram to show who was dropped); null when the layer drops nothing. Read only.
     */
    public double[] lastDropoutMask(int h) {
        return layers.lastDropoutMask(h);
    }

    /** Examples whose gradients are in the accumulators. */
    public int accumulatedExamples() {
        return accumulated;
    }

    /** A counter that changes whenever weights, biases or activations change (for caches). */
    public int version() {
        return version;
    }

    /** Call after writing into {@link #weights}/{@link #biases} directly, so that caches notice. */
    public void changed() {
        version++;
    }

    /** The inputs of the last forward pass. */
    public double[] inputs() {
        return input;
    }

    /** Weight layer k's weights, row-major [out][in]: index j·shape[k] + i. */
    public double[] weights(int k) {
        return weights[layer(k)];
    }

    public double[] biases(int k) {
        return biases[layer(k)];
    }

    /** z of the neurons of layer k + 1 from the last forward pass. */
    public double[] preActivations(int k) {
        return z[layer(k)];
    }

    /** a = f(z) of the neurons of layer k + 1 from the last forward pass. */
    public double[] outputs(int k) {
        return a[layer(k)];
    }

    /** δ = ∂L/∂z of the neurons of layer k + 1 from the last backward pass. */
    public double[] deltas(int k) {
        return delta[layer(k)];
    }

    /** ∂L/∂w summed over the examples accumulated since the last update. */
    public double[] weightGradients(int k) {
        return weightGradient[layer(k)];
    }

    /** ∂L/∂b summed over the examples accumulated since the last update. */
    public double[] biasGradients(int k) {
        return biasGradient[layer(k)];
    }

    /** The links L1 regularization killed: their weights stay 0 (see {@link DeadLinks}). */
    public DeadLinks deadLinks() {
        return parameters.dead;
    }

    /** The last Δw applied. */
    public double[] weightChanges(int k) {
        return parameters.weightChanges[layer(k)];
    }

    /** The last Δb applied. */
    public double[] biasChanges(int k) {
        return parameters.biasChanges[layer(k)];
    }

    private int layer(int k) {
        return layers.layer(k);
    }


    /** Whether other has the same shape. */
    public boolean sameShape(int[] other) {
        return java.util.Arrays.equals(shape, other);
    }
}