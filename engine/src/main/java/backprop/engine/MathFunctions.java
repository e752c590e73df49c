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
     * tanh x, odd, ±1 beyond |x| &gt; 20 (where 1 − tanh|x| &lt; 1e-17 is below
     * double precision). For |x| ≥ 0.625: 1 − 2 / (e^{2|x|} + 1), one
     * exponential and no cancellation. Below, where that formula would cancel,
     * Cephes' rational approximation x + x³·P(x²)/Q(x²) (relative error ~1e-16).
     */
    public static double tanh(double x) {
        double ax = x < 0 ? -x : x;
        if (ax >= 0.625) {
            if (ax > 20.0) {
                return x < 0 ? -1.0 : 1.0;
            }
            double t = 1.0 - 2.0 / (Math.exp(2.0 * ax) + 1.0);
            return x < 0 ? -t : t;
        }
        double z = x * x;
        double p = (-9.64399179425052238628E-1 * z - 9.92877231001918586564E1) * z - 1.61468768441708447952E3;
        double q = ((z + 1.12811678491632931402E2) * z + 2.23548839060100448583E3) * z + 4.84406305325125486048E3;
        return x + x * z * (p / q);
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
