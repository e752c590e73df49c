package backprop.engine.data;

import backprop.engine.formula.Formula;
import backprop.engine.nn.Rng;

/**
 * The points of the "your own function" datasets: to classify, the label of (x, y) is +1 where
 * y &gt; f(x) and −1 below; to regress, the target is z = f(x, y). Points are drawn uniformly on the
 * plotted square [−6, 6]² with the seeded generator; noise is label noise as for the built-in
 * regressions: the label is computed at the point jittered by ±6·noise per axis. Where f is NaN or
 * ±∞ there is nothing honest to learn: such points are left out and counted ({@link #undefined}),
 * so the page can say how many.
 */
public final class FormulaData {
    /** The boundary the classification starts with (the canonical form of what a person would type). */
    public static final String DEFAULT_BOUNDARY = "2*sin(x)";
    /** The surface the regression starts with; its values lie in [−1, 1] like TensorFlow Playground's targets. */
    public static final String DEFAULT_SURFACE = "sin(x)*cos(y)";

    /** The points where f is defined. */
    public final DataPoints points;
    /** How many of the drawn points were left out because f was NaN or infinite there. */
    public final int undefined;

    private FormulaData(DataPoints points, int undefined) {
        this.points = points;
        this.undefined = undefined;
    }

    /**
     * Draws {@code count} points and keeps those where {@code f} is defined.
     *
     * @param problem classification (y &gt; f(x); f must be a formula of x alone) or regression (z = f(x, y))
     * @param noise   the fraction 0..0.5, as for {@link Dataset#generate(int, double, Rng)}
     */
    public static FormulaData sample(Formula f, Problem problem, int count, double noise, Rng rng) {
        if (count < 0 || count > Dataset.MAX_COUNT) {
            throw new IllegalArgumentException("point count must be in 0.." + Dataset.MAX_COUNT + ", got " + count);
        }
        if (!(noise >= 0 && noise <= 0.5)) {
            throw new IllegalArgumentException("noise must be a fraction in 0..0.5 (URL noise / 100)");
        }
        boolean classify = problem == Problem.CLASSIFICATION;
        if (classify && f.usesY()) {
            throw new IllegalArgumentException("a boundary y > f(x) needs a formula of x alone, got " + f);
        }
        double d = Dataset.DOMAIN;
        double[] xs = new double[count];
        double[] ys = new double[count];
        double[] labels = new double[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            double x = rng.uniform(-d, d);
            double y = rng.uniform(-d, d);
            double jx = x + rng.uniform(-d, d) * noise;
            double jy = y + rng.uniform(-d, d) * noise;
            double value = f.value(jx, jy);
            if (value != value || value == Double.POSITIVE_INFINITY || value == Double.NEGATIVE_INFINITY) {
                continue;
            }
            xs[kept] = x;
            ys[kept] = y;
            labels[kept] = classify ? (jy > value ? 1 : -1) : value;
            kept++;
        }
        return new FormulaData(new DataPoints(cut(xs, kept), cut(ys, kept), cut(labels, kept), classify ? 2 : 0),
                count - kept);
    }

    private static double[] cut(double[] a, int n) {
        if (n == a.length) {
            return a;
        }
        double[] c = new double[n];
        System.arraycopy(a, 0, c, 0, n);
        return c;
    }
}
