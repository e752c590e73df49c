package backprop.engine.nn;

import backprop.engine.text.Identified;

/**
 * A neuron's activation function a = f(z) and, right beside it, its
 * derivative f'(z), written from z or from the stored output a when that is
 * cheaper (tanh' = 1 − a², σ' = a(1 − a)). Each constant defines its pair
 * {@link #value} and {@link #derivative} once, in its own body.
 *
 * <p>The network calls the layer-wide forms {@link #applyAll} and
 * {@link #multiplyByDerivative}: one virtual call per layer, then a tight loop
 * over the constant's own f or f′ (a call the compilers resolve statically),
 * so there is no dispatch per neuron. Softmax acts on a whole layer and is
 * only allowed as the output activation.
 */
public enum Activation implements Identified {
    /** f(z) = z; f' = 1. */
    LINEAR("linear") {
        @Override
        public double value(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0;
        }

        @Override
        void applyAll(double[] z, double[] a, int n) {
            // A loop rather than System.arraycopy: TeaVM-JS makes a typed-array view per arraycopy.
            for (int j = 0; j < n; j++) {
                a[j] = value(z[j]);
            }
        }

        @Override
        void multiplyByDerivative(double[] z, double[] a, double[] d, int n) {
            // f' = 1: δ = ∂L/∂a as it stands.
        }
    },
    /** f(z) = max(0, z); f' = 1 for z &gt; 0, else 0 (0 at the kink). */
    RELU("relu") {
        @Override
        public double value(double z) {
            return z > 0 ? z : 0.0;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : 0.0;
        }

        @Override
        void applyAll(double[] z, double[] a, int n) {
            for (int j = 0; j < n; j++) {
                a[j] = value(z[j]);
            }
        }

        @Override
        void multiplyByDerivative(double[] z, double[] a, double[] d, int n) {
            // δ·f' with f' ∈ {0, 1} as a choice: a dead neuron's δ is +0, never −0 or NaN from 0·∞.
            for (int j = 0; j < n; j++) {
                if (derivative(z[j], a[j]) == 0.0) {
                    d[j] = 0.0;
                }
            }
        }
    },
    /** f(z) = z for z &gt; 0, else 0.01·z; f' = 1 or 0.01. */
    LEAKY_RELU("leakyrelu") {
        @Override
        public double value(double z) {
            return z > 0 ? z : LEAKY_SLOPE * z;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : LEAKY_SLOPE;
        }

        @Override
        void applyAll(double[] z, double[] a, int n) {
            for (int j = 0; j < n; j++) {
                a[j] = value(z[j]);
            }
        }

        @Override
        void multiplyByDerivative(double[] z, double[] a, double[] d, int n) {
            for (int j = 0; j < n; j++) {
                d[j] *= derivative(z[j], a[j]);
            }
        }
    },
    /** f(z) = z for z &gt; 0, else e^z − 1 (α = 1); f' = 1 or e^z = a + 1. */
    ELU("elu") {
        @Override
        public double value(double z) {
            return z > 0 ? z : MathFunctions.expm1(z);
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : a + 1.0;
        }

        @Override
        void applyAll(double[] z, double[] a, int n) {
            for (int j = 0; j < n; j++) {
                a[j] = value(z[j]);
            }
        }

        @Override
        void multiplyByDerivative(double[] z, double[] a, double[] d, int n) {
            for (int j = 0; j < n; j++) {
                d[j] *= derivative(z[j], a[j]);
            }
        }
    },
    /**
     * f(z) = tanh z; f' = 1 − a². The pair is written once, in {@link #tanh} and
     * {@link #tanhDerivative}, because the network's fused fast paths inline them too.
     */
    TANH("tanh") {
        @Override
        public double value(double z) {
            return tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            return tanhDerivative(a);
        }

        @Override
        void applyAll(double[] z, double[] a, int n) {
            for (int j = 0; j < n; j++) {
                a[j] = value(z[j]);
            }
        }

        @Override
        void multiplyByDerivative(double[] z, double[] a, double[] d, int n) {
            for (int j = 0; j < n; j++) {
                d[j] *= derivative(z[j], a[j]);
            }
        }
    },
    /** f(z) = σ(z) = 1 / (1 + e^{−z}); f' = a(1 − a). */
    SIGMOID("sigmoid") {
        @Override
        public double value(double z) {
            return MathFunctions.sigmoid(z);
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1.0 - a);
        }

        @Override
        void applyAll(double[] z, double[] a, int n) {
            for (int j = 0; j < n; j++) {
                a[j] = value(z[j]);
            }
        }

        @Override
        void multiplyByDerivative(double[] z, double[] a, double[] d, int n) {
            for (int j = 0; j < n; j++) {
                d[j] *= derivative(z[j], a[j]);
            }
        }
    },
    /**
     * a_j = e^{z_j} / Σ_k e^{z_k} over the layer; ∂a_j/∂z_i = a_j(1[i=j] − a_i). Output layer
     * only: it has a Jacobian, not one f′ per neuron.
     */
    SOFTMAX("softmax") {
        @Override
        public boolean elementwise() {
            return false;
        }

        @Override
        public double value(double z) {
            throw new IllegalStateException("softmax acts on a whole layer; call applyAll");
        }

        @Override
        public double derivative(double z, double a) {
            throw new IllegalStateException("softmax has a Jacobian, not a derivative per neuron");
        }

        /** Subtracts max z first so that no exponential overflows. */
        @Override
        void applyAll(double[] z, double[] a, int n) {
            double max = z[0];
            for (int j = 1; j < n; j++) {
                if (z[j] > max) {
                    max = z[j];
                }
            }
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double e = Math.exp(z[j] - max);
                a[j] = e;
                sum += e;
            }
            double inv = 1.0 / sum;
            for (int j = 0; j < n; j++) {
                a[j] *= inv;
            }
        }

        /** The Jacobian product δ_j = Σ_i (∂a_i/∂z_j)·d_i = a_j·(d_j − Σ_k d_k·a_k). */
        @Override
        void multiplyByDerivative(double[] z, double[] a, double[] d, int n) {
            double dot = 0;
            for (int k = 0; k < n; k++) {
                dot += d[k] * a[k];
            }
            for (int j = 0; j < n; j++) {
                d[j] = a[j] * (d[j] - dot);
            }
        }
    };

    /** Slope of {@link #LEAKY_RELU} for z ≤ 0. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Activation fromId(String id) {
        return Identified.byId(values(), id);
    }

    /** Whether this function works neuron by neuron (all but softmax), so it may be used in hidden layers. */
    public boolean elementwise() {
        return true;
    }

    /** Refuses a missing hidden activation, and softmax, which needs the whole layer. */
    static void checkHidden(Activation hidden) {
        Checks.notNull(hidden, "hidden activation");
        if (!hidden.elementwise()) {
            throw new IllegalArgumentException("softmax can only be the output activation; pick another "
                    + "activation for the hidden layers");
        }
    }

    /** f(z) for one neuron. Softmax needs the whole layer: use {@link #applyAll}. */
    public abstract double value(double z);

    /** f'(z) for one neuron, given z and its output a = f(z). Softmax has a Jacobian instead: see {@link #multiplyByDerivative}. */
    public abstract double derivative(double z, double a);

    /** a[j] = f(z)[j] for j &lt; n. */
    abstract void applyAll(double[] z, double[] a, int n);

    /**
     * Turns ∂L/∂a into δ = ∂L/∂z in place: d[j] ← d[j]·f'(z_j) (for softmax, its Jacobian
     * product).
     */
    abstract void multiplyByDerivative(double[] z, double[] a, double[] d, int n);

    /** tanh's f (the engine's own: TeaVM's Math.tanh is NaN for large |z|). */
    static double tanh(double z) {
        return MathFunctions.tanh(z);
    }

    /** tanh's f′ from its output a = tanh z: 1 − a². */
    static double tanhDerivative(double a) {
        return 1.0 - a * a;
    }
}
