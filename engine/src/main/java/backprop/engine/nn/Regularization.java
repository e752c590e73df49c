package backprop.engine.nn;

import backprop.engine.text.Identified;

/**
 * Penalty R(w) on the weights (never the biases), scaled by the
 * regularization rate λ: the objective is J = mean L + λ·Σ R(w). Each penalty
 * sits beside its derivative R'(w).
 *
 * <p>How it is applied (TensorFlow Playground's rule, kept for every
 * optimizer): after the optimizer's step w₁ = w + Δw_opt, the weight takes
 * w₂ = w₁ − η·λ·R'(w₁); for L1, if w₁ and w₂ have opposite signs the weight
 * becomes exactly 0 (L1 pulls towards zero, never through it). With plain
 * SGD this is gradient descent on J up to a term of order η².
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
     * The weight after the regularization step, from w₁ (the weight after the
     * optimizer's step): w₁ − step·R'(w₁) with step = η·λ, or 0 when L1 would
     * carry it across zero.
     */
    public double regularize(double w1, double step) {
        switch (this) {
            case L1:
                double w2 = w1 - step * (w1 > 0 ? 1.0 : (w1 < 0 ? -1.0 : 0.0));
                return w1 * w2 < 0 ? 0.0 : w2;
            case L2:
                return w1 - step * w1;
            default:
                return w1;
        }
    }
}
