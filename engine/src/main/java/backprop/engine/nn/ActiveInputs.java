package backprop.engine.nn;

/**
 * The input columns a block of examples uses: those where some example of the block is not
 * zero. A handwritten digit inks about 19 % of its 784 pixels and a block of 10 digits about
 * half of them; the other columns add only w·0 to every sum of the first weight layer, in the
 * forward pass (z = W·X + b) and in the gradients (∂L/∂W += Δ·Xᵀ). So this class copies the
 * used columns of the inputs, the weights and the gradient sums side by side and runs the
 * same {@link BatchKernels} on them: about half the multiply-adds of that layer, plus copies
 * that cost one pass over the layer's weights per block.
 *
 * <p><b>The same sums.</b> The kernels still sum over the used columns in ascending order,
 * and a skipped term w·0 is ±0, which leaves any sum that is not −0 exactly as it was. The
 * sums start at a bias or at a gradient sum reset to +0, and adding finite numbers never
 * makes −0 of them, so the results are the dense kernels' bit for bit while the weights,
 * biases and deltas are finite (with an infinite weight or delta, the dense product
 * ∞·0 = NaN would have spread to the skipped columns; training has diverged by then). A bias
 * set to exactly −0 by hand is the one other case: a sum of only zeros then ends as −0
 * where the dense one ends as +0, the same number.
 *
 * <p>Only worth it for wide inputs that are mostly zeros: {@link #select} says whether a
 * block qualifies. Dense inputs (the 2-D features, the benchmark's uniform digits) keep the
 * dense kernels, having paid only the scan.
 */
final class ActiveInputs {
    /** Narrower inputs are never scanned: the copies would cost about what they save. */
    static final int MIN_INPUTS = 64;

    private final int nIn;
    private final int nOut;
    private final int[] columns;
    private final boolean[] used;
    private int count;
    /** The used inputs, [e·count + t] for column {@code columns[t]} of example e. */
    private final double[] x;
    /** The used columns of the weights, [j·count + t]. */
    private final double[] w;
    /** The used columns of the weight-gradient sums, [j·count + t]. */
    private final double[] g;

    ActiveInputs(int nIn, int nOut, int capacity) {
        this.nIn = nIn;
        this.nOut = nOut;
        columns = new int[nIn];
        used = new boolean[nIn];
        x = new double[nIn * capacity];
        w = new double[nIn * nOut];
        g = new double[nIn * nOut];
    }

    /**
     * Finds the used columns of the m examples {@code xs[e·nIn + i]}; when at most three
     * quarters of the columns are used, copies those and returns true (then {@link #forward}
     * and {@link #gradients} apply); otherwise the dense kernels are faster and it returns false.
     */
    boolean select(double[] xs, int m) {
        boolean[] u = used;
        for (int i = 0; i < nIn; i++) {
            u[i] = false;
        }
        for (int e = 0, q = 0; e < m; e++) {
            for (int i = 0; i < nIn; i++, q++) {
                if (xs[q] != 0) {
                    u[i] = true;
                }
            }
        }
        int n = 0;
        for (int i = 0; i < nIn; i++) {
            if (u[i]) {
                columns[n++] = i;
            }
        }
        count = n;
        if (4 * n > 3 * nIn) {
            return false;
        }
        for (int e = 0, q = 0; e < m; e++) {
            int from = e * nIn;
            for (int t = 0; t < n; t++, q++) {
                x[q] = xs[from + columns[t]];
            }
        }
        return true;
    }

    /** Columns the last {@link #select} found used. */
    int count() {
        return count;
    }

    /** z[e·nOut + j] = b_j + Σ over the used columns i of weights[j·nIn + i]·x_ei, for the selected block. */
    void forward(double[] weights, double[] b, double[] z, int m) {
        gather(weights, w);
        BatchKernels.forward(w, b, count, nOut, x, z, m);
    }

    /** Adds the selected block's Δ·Xᵀ to the used columns of {@code gw} and Δ·1 to {@code gb}. */
    void gradients(double[] d, double[] gw, double[] gb, int m) {
        gather(gw, g);
        BatchKernels.gradients(d, x, count, nOut, g, gb, m);
        int n = count;
        for (int j = 0, q = 0; j < nOut; j++) {
            int row = j * nIn;
            for (int t = 0; t < n; t++, q++) {
                gw[row + columns[t]] = g[q];
            }
        }
    }

    /** Copies the used columns of a row-major nOut × nIn matrix side by side. */
    private void gather(double[] full, double[] into) {
        int n = count;
        for (int j = 0, q = 0; j < nOut; j++) {
            int row = j * nIn;
            for (int t = 0; t < n; t++, q++) {
                into[q] = full[row + columns[t]];
            }
        }
    }
}
