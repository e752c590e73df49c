package backprop.engine.nn;

/**
 * The three matrix products of a layer over a block of m examples, on flat
 * arrays with each example's vector contiguous (the block's matrices are
 * column-major, one column per example): activations {@code x[e·nIn + i]},
 * pre-activations and deltas {@code z[e·nOut + j]}, weights row-major
 * {@code w[j·nIn + i]} as in {@link Network}.
 *
 * <ul>
 * <li>{@link #forward}: Z = W·X + b;</li>
 * <li>{@link #gradients}: ∂L/∂W += Δ·Xᵀ, ∂L/∂b += Δ·1;</li>
 * <li>{@link #backDeltas}: ∂L/∂X = Wᵀ·Δ.</li>
 * </ul>
 *
 * <p><b>Same sums as one example at a time.</b> Each output number is summed
 * in exactly the order {@link Network#forwardInto} and
 * {@link Network#backwardUnchecked} sum it (over i from 0, over j from 0, over
 * the examples in training order), so the results are bit for bit those of
 * the per-example path. The speed comes from register tiles only: a tile of
 * 2 × 4 independent sums shares each loaded weight and activation between
 * several sums, and the independent sums run in parallel in the processor
 * instead of one long chain of dependent additions. Plain loops over locals
 * and arrays, which the JIT, TeaVM-JS and TeaVM-Wasm all compile well.
 */
final class BatchKernels {
    private BatchKernels() {
    }

    /** z[e·nOut + j] = b_j + Σ_i w[j·nIn + i]·x[e·nIn + i] for e &lt; m, summed over i from 0. */
    static void forward(double[] w, double[] b, int nIn, int nOut, double[] x, double[] z, int m) {
        int j = 0;
        for (; j + 1 < nOut; j += 2) {
            int r0 = j * nIn;
            int r1 = r0 + nIn;
            double b0 = b[j];
            double b1 = b[j + 1];
            int e = 0;
            for (; e + 3 < m; e += 4) {
                int x0 = e * nIn;
                int x1 = x0 + nIn;
                int x2 = x1 + nIn;
                int x3 = x2 + nIn;
                double s00 = b0;
                double s01 = b0;
                double s02 = b0;
                double s03 = b0;
                double s10 = b1;
                double s11 = b1;
                double s12 = b1;
                double s13 = b1;
                for (int i = 0; i < nIn; i++) {
                    double w0 = w[r0 + i];
                    double w1 = w[r1 + i];
                    double a0 = x[x0 + i];
                    double a1 = x[x1 + i];
                    double a2 = x[x2 + i];
                    double a3 = x[x3 + i];
                    s00 += w0 * a0;
                    s01 += w0 * a1;
                    s02 += w0 * a2;
                    s03 += w0 * a3;
                    s10 += w1 * a0;
                    s11 += w1 * a1;
                    s12 += w1 * a2;
                    s13 += w1 * a3;
                }
                int o = e * nOut + j;
                z[o] = s00;
                z[o + 1] = s10;
                o += nOut;
                z[o] = s01;
                z[o + 1] = s11;
                o += nOut;
                z[o] = s02;
                z[o + 1] = s12;
                o += nOut;
                z[o] = s03;
                z[o + 1] = s13;
            }
            for (; e < m; e++) {
                int x0 = e * nIn;
                double s0 = b0;
                double s1 = b1;
                for (int i = 0; i < nIn; i++) {
                    double a = x[x0 + i];
                    s0 += w[r0 + i] * a;
                    s1 += w[r1 + i] * a;
                }
                int o = e * nOut + j;
                z[o] = s0;
                z[o + 1] = s1;
            }
        }
        if (j < nOut) {
            int r0 = j * nIn;
            double b0 = b[j];
            int e = 0;
            for (; e + 3 < m; e += 4) {
                int x0 = e * nIn;
                int x1 = x0 + nIn;
                int x2 = x1 + nIn;
                int x3 = x2 + nIn;
                double s0 = b0;
                double s1 = b0;
                double s2 = b0;
                double s3 = b0;
                for (int i = 0; i < nIn; i++) {
                    double w0 = w[r0 + i];
                    s0 += w0 * x[x0 + i];
                    s1 += w0 * x[x1 + i];
                    s2 += w0 * x[x2 + i];
                    s3 += w0 * x[x3 + i];
                }
                int o = e * nOut + j;
                z[o] = s0;
                z[o + nOut] = s1;
                z[o + 2 * nOut] = s2;
                z[o + 3 * nOut] = s3;
            }
            for (; e < m; e++) {
                int x0 = e * nIn;
                double s0 = b0;
                for (int i = 0; i < nIn; i++) {
                    s0 += w[r0 + i] * x[x0 + i];
                }
                z[e * nOut + j] = s0;
            }
        }
    }

    /**
     * gw[j·nIn + i] += Σ_e d[e·nOut + j]·x[e·nIn + i] and gb[j] += Σ_e d[e·nOut + j], each added
     * example by example from e = 0 (as m calls of the per-example backward pass add them).
     */
    static void gradients(double[] d, double[] x, int nIn, int nOut, double[] gw, double[] gb, int m) {
        for (int j = 0; j < nOut; j++) {
            double s = gb[j];
            for (int e = 0, o = j; e < m; e++, o += nOut) {
                s += d[o];
            }
            gb[j] = s;
        }
        int j = 0;
        for (; j + 1 < nOut; j += 2) {
            int r0 = j * nIn;
            int r1 = r0 + nIn;
            int i = 0;
            for (; i + 3 < nIn; i += 4) {
                double g00 = gw[r0 + i];
                double g01 = gw[r0 + i + 1];
                double g02 = gw[r0 + i + 2];
                double g03 = gw[r0 + i + 3];
                double g10 = gw[r1 + i];
                double g11 = gw[r1 + i + 1];
                double g12 = gw[r1 + i + 2];
                double g13 = gw[r1 + i + 3];
                for (int e = 0, o = j, xe = i; e < m; e++, o += nOut, xe += nIn) {
                    double d0 = d[o];
                    double d1 = d[o + 1];
                    double a0 = x[xe];
                    double a1 = x[xe + 1];
                    double a2 = x[xe + 2];
                    double a3 = x[xe + 3];
                    g00 += d0 * a0;
                    g01 += d0 * a1;
                    g02 += d0 * a2;
                    g03 += d0 * a3;
                    g10 += d1 * a0;
                    g11 += d1 * a1;
                    g12 += d1 * a2;
                    g13 += d1 * a3;
                }
                gw[r0 + i] = g00;
                gw[r0 + i + 1] = g01;
                gw[r0 + i + 2] = g02;
                gw[r0 + i + 3] = g03;
                gw[r1 + i] = g10;
                gw[r1 + i + 1] = g11;
                gw[r1 + i + 2] = g12;
                gw[r1 + i + 3] = g13;
            }
            for (; i < nIn; i++) {
                double g0 = gw[r0 + i];
                double g1 = gw[r1 + i];
                for (int e = 0, o = j, xe = i; e < m; e++, o += nOut, xe += nIn) {
                    double a = x[xe];
                    g0 += d[o] * a;
                    g1 += d[o + 1] * a;
                }
                gw[r0 + i] = g0;
                gw[r1 + i] = g1;
            }
        }
        if (j < nOut) {
            int r0 = j * nIn;
            int i = 0;
            for (; i + 3 < nIn; i += 4) {
                double g0 = gw[r0 + i];
                double g1 = gw[r0 + i + 1];
                double g2 = gw[r0 + i + 2];
                double g3 = gw[r0 + i + 3];
                for (int e = 0, o = j, xe = i; e < m; e++, o += nOut, xe += nIn) {
                    double d0 = d[o];
                    g0 += d0 * x[xe];
                    g1 += d0 * x[xe + 1];
                    g2 += d0 * x[xe + 2];
                    g3 += d0 * x[xe + 3];
                }
                gw[r0 + i] = g0;
                gw[r0 + i + 1] = g1;
                gw[r0 + i + 2] = g2;
                gw[r0 + i + 3] = g3;
            }
            for (; i < nIn; i++) {
                double g0 = gw[r0 + i];
                for (int e = 0, o = j, xe = i; e < m; e++, o += nOut, xe += nIn) {
                    g0 += d[o] * x[xe];
                }
                gw[r0 + i] = g0;
            }
        }
    }

    /**
     * dx[e·nIn + i] = Σ_j w[j·nIn + i]·d[e·nOut + j], started with the j = 0 product (not with 0)
     * and summed over j, as the per-example backward pass does.
     */
    static void backDeltas(double[] w, double[] d, int nIn, int nOut, double[] dx, int m) {
        int e = 0;
        for (; e + 1 < m; e += 2) {
            int o0 = e * nOut;
            int o1 = o0 + nOut;
            int x0 = e * nIn;
            int x1 = x0 + nIn;
            double d00 = d[o0];
            double d10 = d[o1];
            int i = 0;
            for (; i + 3 < nIn; i += 4) {
                double s00 = w[i] * d00;
                double s01 = w[i + 1] * d00;
                double s02 = w[i + 2] * d00;
                double s03 = w[i + 3] * d00;
                double s10 = w[i] * d10;
                double s11 = w[i + 1] * d10;
                double s12 = w[i + 2] * d10;
                double s13 = w[i + 3] * d10;
                for (int j = 1, r = nIn + i; j < nOut; j++, r += nIn) {
                    double dj0 = d[o0 + j];
                    double dj1 = d[o1 + j];
                    double w0 = w[r];
                    double w1 = w[r + 1];
                    double w2 = w[r + 2];
                    double w3 = w[r + 3];
                    s00 += w0 * dj0;
                    s01 += w1 * dj0;
                    s02 += w2 * dj0;
                    s03 += w3 * dj0;
                    s10 += w0 * dj1;
                    s11 += w1 * dj1;
                    s12 += w2 * dj1;
                    s13 += w3 * dj1;
                }
                dx[x0 + i] = s00;
                dx[x0 + i + 1] = s01;
                dx[x0 + i + 2] = s02;
                dx[x0 + i + 3] = s03;
                dx[x1 + i] = s10;
                dx[x1 + i + 1] = s11;
                dx[x1 + i + 2] = s12;
                dx[x1 + i + 3] = s13;
            }
            for (; i < nIn; i++) {
                double s0 = w[i] * d00;
                double s1 = w[i] * d10;
                for (int j = 1, r = nIn + i; j < nOut; j++, r += nIn) {
                    double wi = w[r];
                    s0 += wi * d[o0 + j];
                    s1 += wi * d[o1 + j];
                }
                dx[x0 + i] = s0;
                dx[x1 + i] = s1;
            }
        }
        if (e < m) {
            int o0 = e * nOut;
            int x0 = e * nIn;
            double d00 = d[o0];
            for (int i = 0; i < nIn; i++) {
                double s0 = w[i] * d00;
                for (int j = 1, r = nIn + i; j < nOut; j++, r += nIn) {
                    s0 += w[r] * d[o0 + j];
                }
                dx[x0 + i] = s0;
            }
        }
    }
}
