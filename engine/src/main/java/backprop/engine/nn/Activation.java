package backprop.engine.nn;

import backprop.engine.text.Identified;

/**
 * A neuron's activation function a = f(z) and, right beside it, its
 * derivative f'(z), written from z or from the stored output a when that is
 * cheaper (tanh' = 1 − a², σ' = a(1 − a)).
 *
 * <p>The network calls the layer-wide forms {@link #applyAll} and
 * {@link #multiplyByDerivative}: one switch per layer, then a tight loop, so
 * there is no virtual call per neuron. Softmax acts on a whole layer and is
 * only allowed as the output activation.
 */
public enum Activation implements Identified {
    /** f(z) = z; f' = 1. */
    LINEAR("linear"),
    /** f(z) = max(0, z); f' = 1 for z &gt; 0, else 0 (0 at the kink). */
    RELU("relu"),
    /** f(z) = z for z &gt; 0, else 0.01·z; f' = 1 or 0.01. */
    LEAKY_RELU("leakyrelu"),
    /** f(z) = z for z &gt; 0, else e^z − 1 (α = 1); f' = 1 or e^z = a + 1. */
    ELU("elu"),
    /** f(z) = tanh z; f' = 1 − a². */
    TANH("tanh"),
    /** f(z) = σ(z) = 1 / (1 + e^{−z}); f' = a(1 − a). */
    SIGMOID("sigmoid"),
    /** a_j = e^{z_j} / Σ_k e^{z_k} over the layer; ∂a_j/∂z_i = a_j(1[i=j] − a_i). Output layer only. */
    SOFTMAX("softmax");

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
        return this != SOFTMAX;
    }

    /** f(z) for one neuron. Softmax needs the whole layer: use {@link #applyAll}. */
    public double value(double z) {
        switch (this) {
            case LINEAR:
                return z;
            case RELU:
                return z > 0 ? z : 0.0;
            case LEAKY_RELU:
                return z > 0 ? z : LEAKY_SLOPE * z;
            case ELU:
                return z > 0 ? z : MathFunctions.expm1(z);
            case TANH:
                return MathFunctions.tanh(z);
            case SIGMOID:
                return MathFunctions.sigmoid(z);
            default:
                throw new IllegalStateException("softmax acts on a whole layer; call applyAll");
        }
    }

    /** f'(z) for one neuron, given z and its output a = f(z). Softmax has a Jacobian instead: see {@link #multiplyByDerivative}. */
    public double derivative(double z, double a) {
        switch (this) {
            case LINEAR:
                return 1.0;
            case RELU:
                return z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU:
                return z > 0 ? 1.0 : LEAKY_SLOPE;
            case ELU:
                return z > 0 ? 1.0 : a + 1.0;
            case TANH:
                return 1.0 - a * a;
            case SIGMOID:
                return a * (1.0 - a);
            default:
                throw new IllegalStateException("softmax has a Jacobian, not a derivative per neuron");
        }
    }

    /** a[j] = f(z)[j] for j &lt; n. Softmax subtracts max z first so that no exponential overflows. */
    void applyAll(double[] z, double[] a, int n) {
        switch (this) {
            case LINEAR:
                System.arraycopy(z, 0, a, 0, n);
                return;
            case RELU:
                for (int j = 0; j < n; j++) {
                    double v = z[j];
                    a[j] = v > 0 ? v : 0.0;
                }
                return;
            case LEAKY_RELU:
                for (int j = 0; j < n; j++) {
                    double v = z[j];
                    a[j] = v > 0 ? v : LEAKY_SLOPE * v;
                }
                return;
            case ELU:
                for (int j = 0; j < n; j++) {
                    double v = z[j];
                    a[j] = v > 0 ? v : MathFunctions.expm1(v);
                }
                return;
            case TANH:
                for (int j = 0; j < n; j++) {
                    a[j] = MathFunctions.tanh(z[j]);
                }
                return;
            case SIGMOID:
                for (int j = 0; j < n; j++) {
                    a[j] = MathFunctions.sigmoid(z[j]);
                }
                return;
            default:
                softmax(z, a, n);
        }
    }

    private static void softmax(double[] z, double[] a, int n) {
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

    /**
     * Turns ∂L/∂a into δ = ∂L/∂z in place: d[j] ← d[j]·f'(z_j). For softmax
     * the Jacobian product δ_j = a_j·(d_j − Σ_k d_k·a_k).
     */
    void multiplyByDerivative(double[] z, double[] a, double[] d, int n) {
        switch (this) {
            case LINEAR:
                return;
            case RELU:
                for (int j = 0; j < n; j++) {
                    if (!(z[j] > 0)) {
                        d[j] = 0.0;
                    }
                }
                return;
            case LEAKY_RELU:
                for (int j = 0; j < n; j++) {
                    if (!(z[j] > 0)) {
                        d[j] *= LEAKY_SLOPE;
                    }
                }
                return;
            case ELU:
                for (int j = 0; j < n; j++) {
                    if (!(z[j] > 0)) {
                        d[j] *= a[j] + 1.0;
                    }
                }
                return;
            case TANH:
                for (int j = 0; j < n; j++) {
                    double v = a[j];
                    d[j] *= 1.0 - v * v;
                }
                return;
            case SIGMOID:
                for (int j = 0; j < n; j++) {
                    double v = a[j];
                    d[j] *= v * (1.0 - v);
                }
                return;
            default:
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += d[k] * a[k];
                }
                for (int j = 0; j < n; j++) {
                    d[j] = a[j] * (d[j] - dot);
                }
        }
    }
}
