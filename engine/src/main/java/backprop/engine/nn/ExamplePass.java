package backprop.engine.nn;

/**
 * One example's forward and backward pass through a {@link Network}'s arrays: the arithmetic of
 * the lesson's phases 1 and 3, kept apart from the network's checks and accessors
 * ({@link BatchPass} does the same for a block of examples, bit for bit alike). It owns the
 * network's z, a, δ and input arrays, works on its parameters in place, and allocates nothing.
 */
final class ExamplePass {
    private final int[] shape;
    private final int depth;
    private final double[][] weights;
    private final double[][] biases;
    /** z_j = Σ_i w_ji·a_i + b_j of each weight layer's neurons, from the last forward pass. */
    final double[][] z;
    /** a_j = f(z_j) (times the mask factor under dropout), from the last forward pass. */
    final double[][] a;
    /** δ_j = ∂L/∂z_j, from the last backward pass. */
    final double[][] delta;
    private final double[][] weightGradient;
    private final double[][] biasGradient;
    /** Copy of the inputs of the last forward pass. */
    final double[] input;
    /** activations[k]: weight layer k's activation (the {@link LayerSettings}' own array). */
    private final Activation[] activations;
    private final Dropout dropout;
    /** Whether the last forward pass applied the dropout masks (then backward follows them). */
    boolean masked;

    /** A pass over these parameters and layer settings, with its own z, a, δ and input arrays. */
    ExamplePass(int[] shape, Parameters parameters, LayerSettings layers) {
        this.shape = shape;
        depth = shape.length - 1;
        weights = parameters.weights;
        biases = parameters.biases;
        weightGradient = parameters.weightGradientSums;
        biasGradient = parameters.biasGradientSums;
        z = new double[depth][];
        a = new double[depth][];
        delta = new double[depth][];
        for (int k = 0; k < depth; k++) {
            int n = shape[k + 1];
            z[k] = new double[n];
            a[k] = new double[n];
            delta[k] = new double[n];
        }
        input = new double[shape[0]];
        activations = layers.activations;
        dropout = layers.dropout;
    }

    /**
     * Copies the example at {@code inputs[offset ..]} into the network's inputs by hand (TeaVM-JS's
     * System.arraycopy allocates a view per call) and runs the forward pass, with the current
     * dropout masks when asked; returns the output layer's a.
     */
    double[] forwardCopy(double[] inputs, int offset, boolean withMasks) {
        double[] in = input;
        for (int i = 0; i < in.length; i++) {
            in[i] = inputs[offset + i];
        }
        masked = withMasks;
        forwardLayers(in, 0, z, a, withMasks);
        return a[depth - 1];
    }

    /** z = W·a_prev + b, a = f(z), layer by layer, into {@code zs}/{@code as} (a·m under a mask). */
    void forwardLayers(double[] in, int offset, double[][] zs, double[][] as, boolean withMasks) {
        double[] prev = in;
        int prevOffset = offset;
        for (int k = 0; k < depth; k++) {
            double[] w = weights[k];
            double[] b = biases[k];
            double[] zk = zs[k];
            int nIn = shape[k];
            int nOut = shape[k + 1];
            double[] ak = as[k];
            Activation f = activations[k];
            if (f == Activation.TANH) {
                // The common case, fused: one pass computes z and a = tanh z.
                for (int j = 0, row = 0; j < nOut; j++, row += nIn) {
                    double sum = b[j];
                    for (int i = 0; i < nIn; i++) {
                        sum += w[row + i] * prev[prevOffset + i];
                    }
                    zk[j] = sum;
                    ak[j] = Activation.tanh(sum);
                }
            } else {
                for (int j = 0, row = 0; j < nOut; j++, row += nIn) {
                    double sum = b[j];
                    for (int i = 0; i < nIn; i++) {
                        sum += w[row + i] * prev[prevOffset + i];
                    }
                    zk[j] = sum;
                }
                f.applyAll(zk, ak, nOut);
            }
            if (withMasks && k < depth - 1 && dropout.factors(k) != null) {
                double[] m = dropout.factors(k);
                double[] raw = dropout.raw(k);
                for (int j = 0; j < nOut; j++) {
                    raw[j] = ak[j];
                    ak[j] *= m[j];
                }
            }
            prev = ak;
            prevOffset = 0;
        }
    }

    /**
     * δ of the output layer from the loss, then δ_i = f'(z_i)·Σ_j w_ji·δ_j layer by layer back
     * (times the mask factor m_i after a masked forward pass); ADDS ∂L/∂w_ji = δ_j·a_i and
     * ∂L/∂b_j = δ_j to the accumulators. Unchecked: the network checked or its caller did.
     */
    void backward(Loss loss, double[] targets, int offset) {
        int last = depth - 1;
        Activation output = activations[last];
        if (loss == Loss.SQUARE && output == Activation.TANH) {
            // The common case inline: δ = (o − t)·(1 − o²).
            double[] o = a[last];
            double[] d = delta[last];
            for (int j = 0; j < o.length; j++) {
                double oj = o[j];
                d[j] = (oj - targets[offset + j]) * Activation.tanhDerivative(oj);
            }
        } else {
            loss.outputDelta(output, z[last], a[last], targets, offset, delta[last], shape[depth]);
        }
        for (int k = last; k >= 0; k--) {
            double[] d = delta[k];
            double[] prev = k == 0 ? input : a[k - 1];
            double[] w = weights[k];
            double[] gw = weightGradient[k];
            double[] gb = biasGradient[k];
            int nIn = shape[k];
            int nOut = shape[k + 1];
            if (k == 0) {
                for (int j = 0, row = 0; j < nOut; j++, row += nIn) {
                    double dj = d[j];
                    gb[j] += dj;
                    for (int i = 0; i < nIn; i++) {
                        gw[row + i] += dj * prev[i];
                    }
                }
            } else {
                // ∂L/∂a_prev = Σ_j w_ji·δ_j; row j = 0 initialises it, so no clearing pass.
                double[] dPrev = delta[k - 1];
                double d0 = d[0];
                gb[0] += d0;
                for (int i = 0; i < nIn; i++) {
                    gw[i] += d0 * prev[i];
                    dPrev[i] = w[i] * d0;
                }
                for (int j = 1, row = nIn; j < nOut; j++, row += nIn) {
                    double dj = d[j];
                    gb[j] += dj;
                    for (int i = 0; i < nIn; i++) {
                        gw[row + i] += dj * prev[i];
                        dPrev[i] += w[row + i] * dj;
                    }
                }
                Activation f = activations[k - 1];
                double[] m = masked ? dropout.factors(k - 1) : null;
                if (m != null) {
                    // a passed on = m·f(z): ∂L/∂z = ∂L/∂a · m · f'(z), f' from f(z) before the mask.
                    for (int i = 0; i < nIn; i++) {
                        dPrev[i] *= m[i];
                    }
                    f.multiplyByDerivative(z[k - 1], dropout.raw(k - 1), dPrev, nIn);
                } else if (f == Activation.TANH) {
                    // The common case fused into this layer's pass (no call per layer).
                    for (int i = 0; i < nIn; i++) {
                        dPrev[i] *= Activation.tanhDerivative(prev[i]);
                    }
                } else {
                    f.multiplyByDerivative(z[k - 1], prev, dPrev, nIn);
                }
            }
        }
    }
}
