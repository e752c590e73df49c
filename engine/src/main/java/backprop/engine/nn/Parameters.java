package backprop.engine.nn;

/**
 * What a network hands its optimizer (ConvNetJS's {@code getParamsAndGrads()}): for each weight
 * layer k, the parameters, the sums ∂L/∂p of their gradients over the mini-batch, and the arrays
 * that receive the changes Δp, for the weights and then for the biases. The optimizer reads and
 * writes these arrays in place and knows nothing else of the network; only the weights are
 * regularized.
 *
 * <p>Made once per network, so an update allocates nothing: the network computes in the same
 * arrays.
 */
final class Parameters {
    /** [inputs, hidden…, outputs]: weight layer k has shape[k]·shape[k + 1] weights and shape[k + 1] biases. */
    final int[] shape;
    final double[][] weights;
    final double[][] weightGradientSums;
    final double[][] weightChanges;
    final double[][] biases;
    final double[][] biasGradientSums;
    final double[][] biasChanges;
    /** The weights L1 regularization has stopped at zero for good. */
    final DeadLinks dead;

    Parameters(int[] shape) {
        this.shape = shape.clone();
        int depth = shape.length - 1;
        weights = new double[depth][];
        weightGradientSums = new double[depth][];
        weightChanges = new double[depth][];
        biases = new double[depth][];
        biasGradientSums = new double[depth][];
        biasChanges = new double[depth][];
        for (int k = 0; k < depth; k++) {
            int n = shape[k + 1];
            int w = n * shape[k];
            weights[k] = new double[w];
            weightGradientSums[k] = new double[w];
            weightChanges[k] = new double[w];
            biases[k] = new double[n];
            biasGradientSums[k] = new double[n];
            biasChanges[k] = new double[n];
        }
        dead = new DeadLinks(weights);
    }

    /** Fills the weights and biases from {@code init} and {@code rng}, layer by layer; zeroes the changes; no link is dead. */
    void initialize(Init init, Rng rng) {
        dead.clear();
        for (int k = 0; k < depth(); k++) {
            init.fill(weights[k], biases[k], shape[k], shape[k + 1], rng);
            java.util.Arrays.fill(weightChanges[k], 0.0);
            java.util.Arrays.fill(biasChanges[k], 0.0);
        }
    }

    /** Copies the weights, biases, last changes and dead links into {@code other}, of the same shape. */
    void copyInto(Parameters other) {
        other.dead.copyFrom(dead);
        for (int k = 0; k < depth(); k++) {
            System.arraycopy(weights[k], 0, other.weights[k], 0, weights[k].length);
            System.arraycopy(biases[k], 0, other.biases[k], 0, biases[k].length);
            System.arraycopy(weightChanges[k], 0, other.weightChanges[k], 0, weightChanges[k].length);
            System.arraycopy(biasChanges[k], 0, other.biasChanges[k], 0, biasChanges[k].length);
        }
    }

    /** Forgets the gradient sums. */
    void clearGradientSums() {
        for (int k = 0; k < depth(); k++) {
            java.util.Arrays.fill(weightGradientSums[k], 0.0);
            java.util.Arrays.fill(biasGradientSums[k], 0.0);
        }
    }

    /** Σ R(w) over every weight (not the biases). */
    double penalty(Regularization regularization) {
        double sum = 0;
        for (double[] w : weights) {
            for (int i = 0; i < w.length; i++) {
                sum += regularization.penalty(w[i]);
            }
        }
        return sum;
    }

    /** Number of weight layers. */
    int depth() {
        return weights.length;
    }

    /** Whether these are the parameters of a network of {@code other}'s shape. */
    boolean fit(int[] other) {
        return java.util.Arrays.equals(shape, other);
    }
}
