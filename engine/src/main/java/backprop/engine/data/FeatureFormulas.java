package backprop.engine.data;

import backprop.engine.formula.Formula;
import backprop.engine.formula.FormulaException;

/**
 * The input features a person types ({@code x*y*y}, {@code sin(3x)}): up to {@link #MAX} formulas
 * of x and y, fed to the network after the built-in features, in the order they were added. In the
 * share state they travel as one text, their canonical forms joined by commas (no formula holds a
 * comma). A value that is NaN or ±∞ at a point (log(x) at x ≤ 0) enters the network as 0 — the
 * input carries nothing there — and {@link #undefinedAt} counts such points so the page can say so.
 */
public final class FeatureFormulas {
    /** The most typed features at once. */
    public static final int MAX = 4;
    private static final Formula[] NONE = new Formula[0];

    private FeatureFormulas() {
    }

    /** The formulas of a joined text ({@link #join}); throws {@link FormulaException} on a bad one. */
    public static Formula[] parse(String joined) {
        if (joined == null || joined.isEmpty()) {
            return NONE;
        }
        // by hand, not String.split: under TeaVM that brings in a whole regex engine
        int count = 1;
        for (int i = 0; i < joined.length(); i++) {
            count += joined.charAt(i) == ',' ? 1 : 0;
        }
        if (count > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " typed features, got " + count);
        }
        Formula[] formulas = new Formula[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = joined.indexOf(',', start);
            formulas[i] = Formula.parse(joined.substring(start, end < 0 ? joined.length() : end));
            start = end + 1;
        }
        return formulas;
    }

    /** The canonical forms joined by commas. */
    public static String join(Formula[] formulas) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < formulas.length; i++) {
            s.append(i == 0 ? "" : ",").append(formulas[i]);
        }
        return s.toString();
    }

    /** The value input {@code f} takes at (x, y): f there, or 0 where f is NaN or infinite. */
    public static double input(Formula f, double x, double y) {
        double v = f.value(x, y);
        return v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY ? 0 : v;
    }

    /** How many of the points f is NaN or infinite at (where it feeds 0 instead). */
    public static int undefinedAt(Formula f, DataPoints points) {
        int n = 0;
        for (int i = 0; i < points.size(); i++) {
            double v = f.value(points.x[i], points.y[i]);
            if (v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
                n++;
            }
        }
        return n;
    }
}
