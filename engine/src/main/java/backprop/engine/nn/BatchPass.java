package backprop.engine.nn;

/**
 * The forward and backward pass of a whole block of examples at once, as
 * matrix products ({@link BatchKernels}): Z = W·A + b layer by layer, then
 * Δ back and ∂L/∂W += Δ·Aᵀ into the network's gradient sums. Each weight row
 * is read once per block instead of once per example, and the products run in
 * register tiles.
 *
 * <p>Bit for bit the per-example path: every sum is taken in the order
 * {@link Network#forwardUnchecked} and {@link Network#backwardUnchecked} take
 * it, and activations, losses and derivatives are the same functions on the
 * same numbers. So training m examples through {@link #train} leaves the
 * gradient sums, the accumulated count and the network's z, a, δ (of the last
 * example) exactly as m per-example calls would, and the step-through
 * {@code Trace}, which runs the per-example calls, shows the arithmetic that
 * training does.
 *
 * <p>For wide inputs that are mostly zeros (digits), the first layer runs on the block's
 * used input columns only ({@link ActiveInputs}): the same sums, without the w·0 terms.
 *
 * <p>The block's arrays are this object's, sized once for a shape and at most
 * {@link #MAX_BLOCK} examples: a block's inputs {@code x[e·nIn + i]}, and per
 * weight layer k its z, a and δ as {@code [e·n_{k+1} + j]} (each example's
 * vector contiguous: the block's matrices column-major).
 */
public final class BatchPass {
    /** Most examples in one block: larger mini-batches are passed in several blocks. */
    public static final int MAX_BLOCK = 32;

    private final int[] shape;
    private final int depth;
    private final int capacity;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    /** One example's output layer, for the losses and activations that act on a whole layer. */
    private final double[] columnZ;
    private final double[] columnA;
    private final double[] columnDelta;
    /** The first layer's used input columns, for wide inputs (null for narrow ones). */
    private final ActiveInputs active;
    /** Whether the last block ran the first layer on {@link #active}'s columns only. */
    private boolean sparse;

    /** Arrays for blocks of up to {@code capacity} (1..{@link #MAX_BLOCK}) examples through a network of this shape. */
    public BatchPass(int[] shape, int capacity) {
        if (capacity < 1 || capacity > MAX_BLOCK) {
            throw new IllegalArgumentException("A block holds 1.." + MAX_BLOCK + " examples, got " + capacity);
        }
        Shapes.check(shape, Network.MAX_LAYER_SIZE, Network.MAX_HIDDEN_LAYERS, Network.MAX_WEIGHTS);
        this.shape = shape.clone();
        this.capacity = capacity;
        depth = shape.length - 1;
        z = new double[depth][];
        a = new double[depth][];
        delta = new double[depth][];
        for (int k = 0; k < depth; k++) {
            int n = shape[k + 1] * capacity;
            z[k] = new double[n];
            a[k] = new double[n];
            delta[k] = new double[n];
        }
        int outputs = shape[depth];
        columnZ = new double[outputs];
        columnA = new double[outputs];
        columnDelta = new double[outputs];
        active = shape[0] >= ActiveInputs.MIN_INPUTS ? new ActiveInputs(shape[0], shape[1], capacity) : null;
    }

    /**
     * Whether passing blocks of a mini-batch is faster than one example at a time: measured on
     * the JVM, blocks win for every shape once a batch holds 4 examples (2-[4,2]-1 at batch 10:
     * ~1.3–1.6×), and from 2 examples when some layer has 8 neurons or more; for a batch of one
     * the copying into the block costs more than the tiles save.
     */
    public static boolean pays(Network network, int batchSize) {
        if (batchSize >= 4) {
            return true;
        }
        if (batchSize < 2) {
            return false;
        }
        for (int k = 0; k <= network.depth(); k++) {
            if (network.layerSize(k) >= 8) {
                return true;
            }
        }
        return false;
    }

    /** Whether this pass fits {@code network}'s shape. */
    public boolean fits(Network network) {
        return network.sameShape(shape);
    }

    /** Examples a block may hold. */
    public int capacity() {
        return capacity;
    }

    /** The activation of weight layer k's neurons: the one place the kernels ask for it. */
    private static Activation activation(Network network, int k) {
        return network.activation(k);
    }

    /**
     * Forward pass of the m examples {@code x[e·nIn + i]}, e &lt; m, into this pass's arrays
     * (read them with {@link #outputs}); the network's own arrays are not touched.
     */
    public void forward(Network network, double[] x, int m) {
        check(network, m);
        Checks.slice(x, 0, m * shape[0], "block inputs");
        forwardUnchecked(network, x, m);
    }

    private void forwardUnchecked(Network network, double[] x, int m) {
        double[] prev = x;
        sparse = active != null && active.select(x, m);
        for (int k = 0; k < depth; k++) {
            int nOut = shape[k + 1];
            if (k == 0 && sparse) {
                active.forward(network.weights[0], network.biases[0], z[0], m);
            } else {
                BatchKernels.forward(network.weights[k], network.biases[k], shape[k], nOut, prev, z[k], m);
            }
            Activation f = activation(network, k);
            if (f.elementwise()) {
                f.applyAll(z[k], a[k], nOut * m);
            } else {
                for (int e = 0; e < m; e++) {
                    copyColumn(z[k], e, columnZ);
                    f.applyAll(columnZ, columnA, nOut);
                    setColumn(columnA, a[k], e);
                }
            }
            prev = a[k];
        }
    }

    /**
     * Trains the m examples {@code x[e·nIn + i]} with targets {@code t[e·nOut + j]}: forward,
     * loss delta, backward; ADDS their gradients to the network's sums in example order and
     * counts them as accumulated, exactly as m calls of {@link Network#forwardUnchecked} and
     * {@link Network#backwardUnchecked} would. The network's z, a, δ and inputs are left
     * holding the last example's, as after those calls.
     */
    public void train(Network network, Loss loss, double[] x, double[] t, int m) {
        check(network, m);
        Checks.notNull(loss, "loss");
        loss.checkOutput(network.outputActivation());
        Checks.slice(x, 0, m * shape[0], "block inputs");
        Checks.slice(t, 0, m * shape[depth], "block targets");
        forwardUnchecked(network, x, m);
        int last = depth - 1;
        int nOut = shape[depth];
        Activation output = activation(network, last);
        double[] dOut = delta[last];
        if (loss == Loss.SQUARE && output == Activation.TANH) {
            // The common case inline, as in Network: δ = (o − t)·(1 − o²).
            double[] o = a[last];
            for (int q = 0; q < nOut * m; q++) {
                double oq = o[q];
                dOut[q] = (oq - t[q]) * Activation.tanhDerivative(oq);
            }
        } else {
            for (int e = 0; e < m; e++) {
                copyColumn(z[last], e, columnZ);
                copyColumn(a[last], e, columnA);
                loss.outputDelta(output, columnZ, columnA, t, e * nOut, columnDelta, nOut);
                setColumn(columnDelta, dOut, e);
            }
        }
        for (int k = last; k >= 0; k--) {
            int nIn = shape[k];
            double[] prev = k == 0 ? x : a[k - 1];
            if (k == 0 && sparse) {
                active.gradients(delta[0], network.weightGradient[0], network.biasGradient[0], m);
            } else {
                BatchKernels.gradients(delta[k], prev, nIn, shape[k + 1], network.weightGradient[k],
                        network.biasGradient[k], m);
            }
            if (k > 0) {
                BatchKernels.backDeltas(network.weights[k], delta[k], nIn, shape[k + 1], delta[k - 1], m);
                // Elementwise (hidden layers never use softmax): one call over the whole block.
                activation(network, k - 1).multiplyByDerivative(z[k - 1], a[k - 1], delta[k - 1], nIn * m);
            }
        }
        network.accumulated += m;
        keepLast(network, x, m - 1);
    }

    /** Leaves example e's input, z, a and δ in the network's arrays. */
    private void keepLast(Network network, double[] x, int e) {
        int nIn = shape[0];
        double[] in = network.input;
        for (int i = 0; i < nIn; i++) {
            in[i] = x[e * nIn + i];
        }
        for (int k = 0; k < depth; k++) {
            copyColumn(z[k], e, network.z[k]);
            copyColumn(a[k], e, network.a[k]);
            copyColumn(delta[k], e, network.delta[k]);
        }
    }

    /** Copies example e's vector out of a block array (a loop: TeaVM-JS's arraycopy allocates a view). */
    private static void copyColumn(double[] block, int e, double[] into) {
        int n = into.length;
        for (int j = 0, q = e * n; j < n; j++, q++) {
            into[j] = block[q];
        }
    }

    private static void setColumn(double[] column, double[] block, int e) {
        int n = column.length;
        for (int j = 0, q = e * n; j < n; j++, q++) {
            block[q] = column[j];
        }
    }

    private void check(Network network, int m) {
        if (!network.sameShape(shape)) {
            throw new IllegalArgumentException("This block pass was made for another shape than the network's");
        }
        if (m < 1 || m > capacity) {
            throw new IllegalArgumentException("A block of this pass holds 1.." + capacity + " examples, got " + m);
        }
    }

    /**
     * Input columns the last block's first layer used: those not zero in every example of
     * the block when it skipped the rest (wide inputs, mostly zeros: {@link ActiveInputs}),
     * else all of them.
     */
    public int inputsUsed() {
        return sparse ? active.count() : shape[0];
    }

    /**
     * a of weight layer k's neurons for the block of the last {@link #forward}: {@code [e·n + j]}
     * for example e and neuron j (read only; valid until the next pass).
     */
    public double[] outputs(int k) {
        return a[Checks.index(k, depth, "weight layer")];
    }
}
