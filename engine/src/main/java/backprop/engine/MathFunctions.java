package backprop.engine;

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
     * e^x − 1, accurate near 0 (Kahan's trick: with u = e^x rounded, (u − 1)·x / ln u
     * cancels the rounding error of u).
     */
    public static double expm1(double x) {
        double u = Math.exp(x);
        if (u == 1.0) {
            return x;
        }
        double um1 = u - 1.0;
        if (um1 == -1.0) {
            return -1.0;
        }
        if (u == Double.POSITIVE_INFINITY) {
            return u;
        }
        return um1 * (x / Math.log(u));
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
     * tanh x = (e^{2x} − 1) / (e^{2x} + 1) = m / (m + 2) with m = expm1(2x),
     * computed for |x| and given the sign of x; ±1 beyond |x| &gt; 20, where
     * 1 − tanh|x| &lt; 1e-17 is below double precision anyway.
     */
    public static double tanh(double x) {
        if (x > 20.0) {
            return 1.0;
        }
        if (x < -20.0) {
            return -1.0;
        }
        double ax = x < 0 ? -x : x;
        double m = expm1(2.0 * ax);
        double t = m / (m + 2.0);
        return x < 0 ? -t : t;
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
