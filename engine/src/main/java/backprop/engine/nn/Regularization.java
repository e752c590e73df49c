package backprop.engine.nn;

import backprop.engine.text.Identified;

/**
 * Penalty R(w) on the weights (never the biases), scaled by the
 * regularization rate λ: the objective is J = mean L + λ·Σ R(w). Each penalty
 * sits beside its derivative R'(w).
 *
 * <p>How it is applied (TensorFlow Playground's rule, kept for every
 * optimizer): R' is taken at the weight w₀ before the step; after the
 * optimizer's step w₁ = w₀ + Δw_opt, the weight takes w₂ = w₁ − η·λ·R'(w₀).
 * For L1, if w₁ and w₂ have opposite signs the weight becomes exactly 0 and
 * its link dies (see {@link DeadLinks}): L1 pulls towards zero, never through
 * it, and a weight it stopped at zero stays there. With plain SGD this is
 * exactly gradient descent on J = mean L + λ·Σ R(w) (both derivatives at w₀).
 */
public enum Regularization implements Identified {
    /** R = 0. */
    NONE("none"),
    /** R(w) = |w|; R'(w) = sign(w) (0 at 0). */
    L1("L1"),
    /** R(w) = ½w²; R'(w) = w. */
    L2("L2");

    private final String id;

    Regularization(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Regularization fromId(String id) {
        return Identified.byId(values(), id);
    }

    /** R(w). */
    public double penalty(double w) {
        switch (this) {
            case L1:
                return w < 0 ? -w : w;
            case L2:
                return 0.5 * w * w;
            default:
                return 0.0;
        }
    }

    /** R'(w). */
    public double derivative(double w) {
        switch (this) {
            case L1:
                return w > 0 ? 1.0 : (w < 0 ? -1.0 : 0.0);
            case L2:
                return w;
            default:
                return 0.0;
        }
    }

    /**
     * The weight after the regularization step: w₁ − step·R'(w₀) with step = η·λ, from the weight
     * w₀ before the optimizer's step and w₁ after it; 0 when L1 would carry it across zero (the
     * step that kills a link).
     */
    public double regularize(double w0, double w1, double step) {
        double w2 = w1 - step * derivative(w0);
        return this == L1 && w1 * w2 < 0 ? 0.0 : w2;
    }

    /**
     * The regularization step of weight layer k, in place: {@code next} holds the weights w₁ after
     * the optimizer's step, {@code before} the weights w₀ before it; each next[i] becomes
     * {@link #regularize}(w₀, w₁, step), and a link L1 stops at zero is marked dead. Returns
     * Σ next[i] (finite exactly when every value is).
     */
    double regularizeLayer(double[] before, double[] next, int k, double step, DeadLinks dead) {
        boolean l1 = this == L1;
        double sum = 0;
        for (int i = 0; i < next.length; i++) {
            double w1 = next[i];
            double w2 = w1 - step * derivative(before[i]);
            if (l1 && w1 * w2 < 0) {
                w2 = 0.0;
                dead.mark(k, i);
            }
            next[i] = w2;
            sum += w2;
        }
        return sum;
    }
}
