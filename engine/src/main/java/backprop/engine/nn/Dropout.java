package backprop.engine.nn;

import backprop.engine.text.NumberText;

/**
 * Inverted dropout of a {@link Network}'s hidden layers: a rate p per hidden layer and, for the
 * training forward pass that uses it, a mask per layer. Each neuron of a layer with p &gt; 0 is kept
 * with probability 1 − p; a kept neuron's output is scaled by 1/(1 − p), a dropped one's is 0, so
 * the expected value of what the next layer sees is the output without dropout. That is why
 * evaluation (the plot, the losses) runs the plain forward pass: no mask, no scaling.
 *
 * <p>The mask of layer h is stored as its factors, {@code factors(h)[j]} = 0 (dropped) or
 * 1/(1 − p) (kept); {@code raw(h)} holds f(z) before the mask (the derivative needs it).
 */
final class Dropout {
    /** The largest rate: dropping every neuron would leave nothing to learn from. */
    static final double MAX_RATE = 0.95;

    private final double[] rates;
    private final double[][] factors;
    private final double[][] raw;

    /** No dropout on the hidden layers of sizes {@code sizes}. */
    Dropout(int[] sizes) {
        rates = new double[sizes.length];
        factors = new double[sizes.length][];
        raw = new double[sizes.length][];
        for (int h = 0; h < sizes.length; h++) {
            raw[h] = new double[sizes[h]];
        }
    }

    static double checkRate(double rate) {
        if (!(rate >= 0 && rate <= MAX_RATE)) {
            // NumberText, not "" + rate: a double in string concatenation pulls TeaVM's Double.toString
            // tables (7 KB of Brotli) into the default page build.
            throw new IllegalArgumentException(
                    "a dropout rate must lie in [0, " + MAX_RATE + "], got " + NumberText.format(rate));
        }
        return rate;
    }

    int layers() {
        return rates.length;
    }

    double rate(int h) {
        return rates[h];
    }

    void setRate(int h, double rate) {
        rates[h] = checkRate(rate);
    }

    boolean any() {
        for (double p : rates) {
            if (p > 0) {
                return true;
            }
        }
        return false;
    }

    /** A new mask for every layer with a rate above 0 (none for the others), from {@code rng}. */
    void draw(Rng rng) {
        for (int h = 0; h < rates.length; h++) {
            double p = rates[h];
            if (p <= 0) {
                factors[h] = null;
                continue;
            }
            double[] f = factors[h] == null ? new double[raw[h].length] : factors[h];
            double kept = 1.0 / (1.0 - p);
            for (int j = 0; j < f.length; j++) {
                f[j] = rng.nextDouble() < p ? 0.0 : kept;
            }
            factors[h] = f;
        }
    }

    /** Sets layer h's mask to these factors (copied; null: no mask on it). */
    void setFactors(int h, double[] f) {
        if (f != null && f.length != raw[h].length) {
            throw new IllegalArgumentException("hidden layer " + (h + 1) + " has " + raw[h].length
                    + " neurons; the mask has " + f.length);
        }
        factors[h] = f == null ? null : f.clone();
    }

    /** Layer h's mask factors, or null when it has none (read only). */
    double[] factors(int h) {
        return factors[h];
    }

    /** f(z) of layer h before the mask, from the last masked forward pass. */
    double[] raw(int h) {
        return raw[h];
    }

    /** The rates of {@code from} for the layers {@code map} names (map[h] = its layer there, −1: none). */
    void copyRates(Dropout from, int[] map) {
        for (int h = 0; h < rates.length; h++) {
            rates[h] = map[h] < 0 ? 0.0 : from.rates[map[h]];
        }
    }
}
