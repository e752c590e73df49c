package backprop.engine.nn;

import backprop.engine.text.Identified;

/**
 * The loss L that compares the outputs o (= a of the output layer) with the
 * targets t, summed over the outputs of one example; and, beside it, the
 * output delta δ = ∂L/∂z it starts the backward pass with.
 *
 * <p>Which output activation goes with which loss:
 * <ul>
 * <li>{@link #SQUARE} with any output activation, softmax included (its
 *     Jacobian is applied in full).</li>
 * <li>{@link #BINARY_CROSS_ENTROPY} only with {@link Activation#SIGMOID}
 *     outputs (one or several independent ones); targets in [0, 1].</li>
 * <li>{@link #CATEGORICAL_CROSS_ENTROPY} only with {@link Activation#SOFTMAX}
 *     outputs; targets a probability vector (usually one-hot).</li>
 * </ul>
 * Cross-entropies are computed from z (log-sum-exp, softplus), so they stay
 * finite even where o rounds to exactly 0 or 1.
 */
public enum Loss implements Identified {
    /** L = ½ Σ_k (o_k − t_k)²; ∂L/∂o_k = o_k − t_k, then δ = that · f'(z). */
    SQUARE("square"),
    /**
     * L = −Σ_k [t_k ln o_k + (1 − t_k) ln(1 − o_k)] with o = σ(z), computed as
     * Σ_k softplus(z_k) − t_k·z_k; δ_k = o_k − t_k.
     */
    BINARY_CROSS_ENTROPY("binaryCrossEntropy"),
    /**
     * L = −Σ_k t_k ln o_k with o = softmax(z), computed as Σ_k t_k·(lse(z) − z_k);
     * δ_j = o_j·Σ_k t_k − t_j (= o_j − t_j for a one-hot target).
     */
    CATEGORICAL_CROSS_ENTROPY("crossEntropy");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Loss fromId(String id) {
        return Identified.byId(values(), id);
    }

    /** Whether this loss can be used with that output activation. */
    public boolean supports(Activation output) {
        switch (this) {
            case SQUARE:
                return output != null;
            case BINARY_CROSS_ENTROPY:
                return output == Activation.SIGMOID;
            default:
                return output == Activation.SOFTMAX;
        }
    }

    /** Throws an {@link IllegalArgumentException} saying what to change when {@link #supports} is false. */
    public void checkOutput(Activation output) {
        if (!supports(output)) {
            throw new IllegalArgumentException("The " + id + " loss needs "
                    + (this == BINARY_CROSS_ENTROPY ? "sigmoid" : "softmax")
                    + " output neurons, but the output activation is " + (output == null ? "null" : output.id())
                    + "; change the output activation or use the square loss");
        }
    }

    /** Whether {@code t} is an acceptable target value for this loss (finite; within [0, 1] for cross-entropies). */
    public boolean acceptsTarget(double t) {
        if (!MathFunctions.isFinite(t)) {
            return false;
        }
        return this == SQUARE || (t >= 0 && t <= 1);
    }

    /** L for one example: output layer pre-activations z, outputs a, targets t[offset ..], n outputs. */
    double value(double[] z, double[] a, double[] t, int offset, int n) {
        double sum = 0;
        switch (this) {
            case SQUARE:
                for (int k = 0; k < n; k++) {
                    double diff = a[k] - t[offset + k];
                    sum += 0.5 * diff * diff;
                }
                return sum;
            case BINARY_CROSS_ENTROPY:
                for (int k = 0; k < n; k++) {
                    sum += MathFunctions.softplus(z[k]) - t[offset + k] * z[k];
                }
                return sum;
            default:
                double max = z[0];
                for (int k = 1; k < n; k++) {
                    if (z[k] > max) {
                        max = z[k];
                    }
                }
                double exps = 0;
                for (int k = 0; k < n; k++) {
                    exps += Math.exp(z[k] - max);
                }
                double logSumExp = max + Math.log(exps);
                for (int k = 0; k < n; k++) {
                    sum += t[offset + k] * (logSumExp - z[k]);
                }
                return sum;
        }
    }

    /** Writes δ = ∂L/∂z of the output layer into {@code delta} ({@code output} must be {@linkplain #supports supported}). */
    void outputDelta(Activation output, double[] z, double[] a, double[] t, int offset, double[] delta, int n) {
        switch (this) {
            case SQUARE:
                for (int k = 0; k < n; k++) {
                    delta[k] = a[k] - t[offset + k];
                }
                output.multiplyByDerivative(z, a, delta, n);
                return;
            case BINARY_CROSS_ENTROPY:
                for (int k = 0; k < n; k++) {
                    delta[k] = a[k] - t[offset + k];
                }
                return;
            default:
                double targetSum = 0;
                for (int k = 0; k < n; k++) {
                    targetSum += t[offset + k];
                }
                for (int k = 0; k < n; k++) {
                    delta[k] = a[k] * targetSum - t[offset + k];
                }
        }
    }
}
