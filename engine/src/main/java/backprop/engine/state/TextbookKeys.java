package backprop.engine.state;

import java.util.List;

/**
 * The keys of the textbook example's view ({@code textbook=true&tbIn=0.05,0.1&…}): a 2-2-2 sigmoid
 * network with the square loss whose every number a reader of a hand-worked example can set. The
 * defaults are the classic worked example's (as in Matt Mazur's "A Step by Step Backpropagation
 * Example", 2015). They change nothing of the playground's run.
 */
final class TextbookKeys {
    /** Every textbook number lies within ± this. */
    static final double BOUND = 1000;

    private TextbookKeys() {
    }

    static void addTo(List<Key<?>> k) {
        k.add(own("textbook", ValueType.BOOLEAN, false));
        k.add(own("tbIn", new NumberList(2, -BOUND, BOUND), new double[] {0.05, 0.1}));
        k.add(own("tbT", new NumberList(2, -BOUND, BOUND), new double[] {0.01, 0.99}));
        k.add(own("tbW", new NumberList(8, -BOUND, BOUND), new double[] {0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55}));
        k.add(own("tbB", new NumberList(4, -BOUND, BOUND), new double[] {0.35, 0.35, 0.6, 0.6}));
        k.add(own("tbRate", ValueType.decimal(0, false, Limits.MAX_LEARNING_RATE, true), 0.5));
        k.add(own("tbFixedBiases", ValueType.BOOLEAN, true));
    }

    private static <T> Key<T> own(String name, ValueType<T> type, T byDefault) {
        return new Key<>(name, false, type, byDefault, Reset.VIEW);
    }
}
