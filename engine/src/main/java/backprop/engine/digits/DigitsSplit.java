package backprop.engine.digits;

import backprop.engine.nn.Checks;
import backprop.engine.nn.Rng;

/**
 * The fixed split of the digits into training and test digits: the indices 0..count−1 are
 * shuffled by an {@link Rng} seeded with {@link #SEED}; the first 80 % train, the rest test.
 * For the 10,000 shipped digits that is 8,000 training and 2,000 test digits, the same on
 * every machine and in every session, whatever the playground's seed. Each part is listed in
 * ascending order, so "test digit k" names the same image everywhere.
 */
public final class DigitsSplit {
    /** The seed of the fixed split (hashed by {@link Rng#fromSeed}). */
    public static final String SEED = "mnist-10k split";
    /** Percentage of the digits that train. */
    public static final int PERCENT_TRAIN = 80;

    private final int[] train;
    private final int[] test;

    private DigitsSplit(int[] train, int[] test) {
        this.train = train;
        this.test = test;
    }

    /** The fixed split of {@code count} digits: 80 % training, seed {@link #SEED}. */
    public static DigitsSplit standard(int count) {
        return of(count, count * PERCENT_TRAIN / 100, SEED);
    }

    /** Shuffles 0..count−1 with {@code Rng.fromSeed(seed)}; the first {@code trainCount} train. */
    public static DigitsSplit of(int count, int trainCount, String seed) {
        if (count < 0 || trainCount < 0 || trainCount > count) {
            throw new IllegalArgumentException("A split of " + count + " digits cannot train on " + trainCount);
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Rng.fromSeed(seed).shuffle(order);
        int[] train = new int[trainCount];
        int[] test = new int[count - trainCount];
        System.arraycopy(order, 0, train, 0, trainCount);
        System.arraycopy(order, trainCount, test, 0, test.length);
        java.util.Arrays.sort(train);
        java.util.Arrays.sort(test);
        return new DigitsSplit(train, test);
    }

    public int trainCount() {
        return train.length;
    }

    public int testCount() {
        return test.length;
    }

    /** The digit (index into {@link Digits}) of training example k. */
    public int trainDigit(int k) {
        return train[Checks.index(k, train.length, "training digit")];
    }

    /** The digit (index into {@link Digits}) of test example k. */
    public int testDigit(int k) {
        return test[Checks.index(k, test.length, "test digit")];
    }
}
