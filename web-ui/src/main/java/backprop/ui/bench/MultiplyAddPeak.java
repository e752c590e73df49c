package backprop.ui.bench;

/**
 * The machine's scalar multiply-add rate, the limit the engine's kernels are
 * measured against: the inner loop of {@code BatchKernels.forward} with
 * nothing around it — a tile of 2 × 4 independent sums s += w·x, operands
 * loaded from arrays that stay in the L1 cache (6 × 256 doubles), no
 * activation, no bookkeeping. The same Java runs on the JVM and in both
 * page builds, so each reports its own limit.
 */
public final class MultiplyAddPeak {
    private static final int N = 256;
    /** Multiply-adds one {@link #run} makes. */
    public static final int PER_CALL = 8 * N;

    private final double[] w = new double[2 * N];
    private final double[] x = new double[4 * N];

    public MultiplyAddPeak() {
        for (int i = 0; i < w.length; i++) {
            w[i] = ((i * 7) % 13 - 6) * 0.01;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = ((i * 5) % 11 - 5) * 0.01;
        }
    }

    /** {@link #PER_CALL} multiply-adds; returns their sum, so that no compiler can drop them. */
    public double run() {
        double[] w = this.w;
        double[] x = this.x;
        double s00 = 0;
        double s01 = 0;
        double s02 = 0;
        double s03 = 0;
        double s10 = 0;
        double s11 = 0;
        double s12 = 0;
        double s13 = 0;
        for (int i = 0; i < N; i++) {
            double w0 = w[i];
            double w1 = w[N + i];
            double a0 = x[i];
            double a1 = x[N + i];
            double a2 = x[2 * N + i];
            double a3 = x[3 * N + i];
            s00 += w0 * a0;
            s01 += w0 * a1;
            s02 += w0 * a2;
            s03 += w0 * a3;
            s10 += w1 * a0;
            s11 += w1 * a1;
            s12 += w1 * a2;
            s13 += w1 * a3;
        }
        return s00 + s01 + s02 + s03 + s10 + s11 + s12 + s13;
    }

    /**
     * Multiply-adds of the matrix products one training example costs in a network of this
     * shape: forward W·a and ∂L/∂W = δ·aᵀ in every weight layer, and Wᵀ·δ in all but the first.
     */
    public static double perExample(int[] shape) {
        double total = 0;
        for (int k = 0; k + 1 < shape.length; k++) {
            double w = (double) shape[k] * shape[k + 1];
            total += k == 0 ? 2 * w : 3 * w;
        }
        return total;
    }
}
