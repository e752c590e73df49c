package backprop.ui.digits;

import backprop.ui.base.Format;

/**
 * Test accuracy over a digits run: one point per finished test pass, with the training
 * examples the network had seen when the pass began and the milliseconds of play until then.
 * Bounded: when full, every other point is dropped, so drawing costs the same however long
 * training runs.
 */
final class AccuracyCurve {
    static final int CAPACITY = 400;
    private final double[] examples = new double[CAPACITY];
    private final double[] millis = new double[CAPACITY];
    private final double[] accuracy = new double[CAPACITY];
    private int size;

    void clear() {
        size = 0;
    }

    void add(double examplesTrained, double playMillis, double testAccuracy) {
        if (size > 0 && examplesTrained == examples[size - 1]) {
            accuracy[size - 1] = testAccuracy;
            return;
        }
        if (size == CAPACITY) {
            for (int i = 0; i < CAPACITY / 2; i++) {
                examples[i] = examples[2 * i];
                millis[i] = millis[2 * i];
                accuracy[i] = accuracy[2 * i];
            }
            size = CAPACITY / 2;
        }
        examples[size] = examplesTrained;
        millis[size] = playMillis;
        accuracy[size] = testAccuracy;
        size++;
    }

    int size() {
        return size;
    }

    double examples(int i) {
        return examples[i];
    }

    double millis(int i) {
        return millis[i];
    }

    double accuracy(int i) {
        return accuracy[i];
    }

    /** "ms,examples,accuracy;…" for the automation hooks (the benchmark reads it). */
    String toText() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < size; i++) {
            s.append(i == 0 ? "" : ";").append((int) millis[i]).append(',').append((int) examples[i]).append(',')
                    .append(Format.fixed(accuracy[i], 4));
        }
        return s.toString();
    }
}
