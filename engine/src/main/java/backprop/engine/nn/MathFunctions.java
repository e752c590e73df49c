package backprop.engine.nn;

/**
 * The elementary functions the engine needs, written so that they behave the
 * same on the JVM and under TeaVM. TeaVM's {@code Math.tanh} is NaN beyond
 * |x| ≈ 710, and its {@code Math.expm1}/{@code Math.log1p} are the naive
 * {@code exp(x) − 1}/{@code log(1 + x)}, which lose every digit near 0. The
 * versions here use only {@code Math.exp}, {@code Math.log} and arithmetic,
 * and are finite for every finite input.
 */
public final class MathFunctions {
    private MathFunctions() {
    }

    /**
     * e^x − 1, accurate near 0. For |x| &lt; 0.5 Kahan's trick: with u = e^x
     * rounded, (u − 1)·x / ln u cancels the rounding error of u; beyond, e^x − 1
     * loses at most a couple of bits and costs one exponential.
     */
    public static double expm1(double x) {
        if (x >= 0.5 || x <= -0.5) {
            return Math.exp(x) - 1.0;
        }
        double u = Math.exp(x);
        if (u == 1.0) {
            return x;
        }
        return (u - 1.0) * (x / Math.log(u));
    }

    /** ln(1 + x), accurate near 0 (Kahan's trick, as in {@link #expm1}). */
    public static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        if (u == Double.POSITIVE_INFINITY) {
            return u;
        }
        return Math.log(u) * (x / (u - 1.0));
    }

    /**
     * tanh x, fast and accurate to a few ulps, with no call but arithmetic for |x| &lt; 0.625
     * and one exponential (computed here, see {@link #expBounded}) up to |x| = 20; ±1 beyond,
     * where 1 − tanh|x| &lt; 1e-17 is below double precision anyway.
     * <ul>
     * <li>|x| &lt; 0.625: tanh x = x + x·s·P(s)/Q(s), s = x², Cephes' rational approximation
     *     (relative error about 2.5e-16).</li>
     * <li>otherwise: tanh|x| = 1 − 2/(e^{2|x|} + 1), which loses nothing there because the
     *     result is at least 0.55.</li>
     * </ul>
     * This is the engine's hottest function (one call per neuron per example), so it avoids
     * {@code Math.exp}: in the WebAssembly build that is a call out to JavaScript.
     */
    public static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax < 0.625) {
            double s = x * x;
            double p = (-9.64399179425052238628E-1 * s - 9.92877231001918586564E1) * s - 1.61468768441708447952E3;
            double q = ((s + 1.12811678491632931402E2) * s + 2.23548839060100448583E3) * s + 4.84406305325125486048E3;
            return x + x * s * (p / q);
        }
        if (ax > 20.0) {
            return x > 0 ? 1.0 : -1.0;
        }
        double t = 1.0 - 2.0 / (expBounded(2.0 * ax) + 1.0);
        return x < 0 ? -t : t;
    }

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;

    /**
     * e^y for 0 ≤ y ≤ 41 (2^k needs k ≤ 60; NaN stays NaN), with fdlibm's method and coefficients, within
     * 1 ulp: y = k·ln 2 + r with |r| ≤ ln2/2, e^r from a rational approximation, times 2^k
     * built from two int shifts (no table, no {@code long}).
     */
    static double expBounded(double y) {
        int k = (int) (y * INV_LN2 + 0.5);
        double hi = y - k * LN2_HI;
        double lo = k * LN2_LO;
        double r = hi - lo;
        double t = r * r;
        double c = r - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03
                + t * (6.61375632143793436117e-05 + t * (-1.65339022054652515390e-06
                + t * 4.13813679705723846039e-08))));
        double e = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
        int a = k > 30 ? 30 : k;
        return e * (double) (1 << a) * (double) (1 << (k - a));
    }

    /**
     * The logistic function σ(x) = 1 / (1 + e^{−x}); for x &lt; 0 written as
     * e^x / (1 + e^x) so that no exponential overflows.
     */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** softplus(x) = ln(1 + e^x) = max(x, 0) + ln(1 + e^{−|x|}), finite for every finite x. */
    public static double softplus(double x) {
        double ax = x < 0 ? -x : x;
        return (x > 0 ? x : 0.0) + log1p(Math.exp(-ax));
    }

    /** True when {@code x} is neither NaN nor infinite (x − x is 0 exactly then, NaN otherwise). */
    public static boolean isFinite(double x) {
        return x - x == 0.0;
    }
}
