package backprop.engine.nn;

/**
 * The one source of randomness: a seeded mulberry32 generator on {@code int}
 * arithmetic only ({@code long} is a BigInt and ~30x slower under TeaVM-JS).
 * The same seed gives the same sequence on the JVM and in the browser.
 */
public final class Rng {
    private int state;

    public Rng(int seed) {
        this.state = seed;
    }

    /** A generator seeded from the URL's seed string (FNV-1a hash of its characters). */
    public static Rng fromSeed(String seed) {
        return new Rng(hash(seed));
    }

    /** A seed as TensorFlow Playground writes one ("0.04217": five digits), drawn from {@code entropy}. */
    public static String seedText(int entropy) {
        String digits = Integer.toString(new Rng(entropy).nextInt(100000));
        while (digits.length() < 5) {
            digits = "0" + digits;
        }
        return "0." + digits;
    }

    /** FNV-1a over the UTF-16 units of {@code text}; {@code null} hashes like the empty string. */
    public static int hash(String text) {
        int h = 0x811C9DC5;
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                h ^= text.charAt(i);
                h *= 0x01000193;
            }
        }
        return h;
    }

    /** The next 32 random bits. */
    /** The generator's whole state, for {@link backprop.engine.train.RunSnapshot}. */
    public int state() {
        return state;
    }

    public void setState(int newState) {
        state = newState;
    }

    public int nextBits() {
        state += 0x6D2B79F5;
        int t = state;
        t = (t ^ (t >>> 15)) * (1 | t);
        t = (t + ((t ^ (t >>> 7)) * (61 | t))) ^ t;
        return t ^ (t >>> 14);
    }

    /** Uniform in [0, 1), the same value as mulberry32's {@code (bits >>> 0) / 2^32} in JavaScript. */
    public double nextDouble() {
        int bits = nextBits();
        double unsigned = (bits & 0x7FFFFFFF) + (bits < 0 ? 2147483648.0 : 0.0);
        return unsigned / 4294967296.0;
    }

    /** Uniform in [min, max). */
    public double uniform(double min, double max) {
        return min + (max - min) * nextDouble();
    }

    /** Uniform integer in [0, bound); {@code bound} must be positive. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) (nextDouble() * bound);
    }

    /** Standard normal by Box–Muller (one value per call; the pair's twin is dropped to keep no state). */
    public double nextGaussian() {
        double u1 = nextDouble();
        while (u1 <= 1e-300) {
            u1 = nextDouble();
        }
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Fisher–Yates shuffle of {@code order} in place. */
    public void shuffle(int[] order) {
        for (int k = order.length - 1; k > 0; k--) {
            int j = nextInt(k + 1);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
    }
}
