package backprop.engine.train;

import backprop.engine.text.NumberText;

/**
 * Train and test loss (and accuracy) over the epochs, kept in a bounded
 * number of samples however long training runs. Samples are spaced on the
 * charts' {@link EpochScale} (linear for the first epochs, logarithmic after),
 * at least {@link #stride()} apart on it: every epoch at first, then ever fewer
 * as the run grows. When the buffer is full, samples are thinned to twice
 * that spacing (about every other one goes) and the stride doubles.
 * Drawing the chart therefore costs the same at epoch 100 and at epoch
 * 1,000,000, and the whole run stays visible, its first epochs as densely
 * sampled as the chart can show them.
 */
public final class LossHistory {
    private final int capacity;
    private final int[] epochs;
    private final double[] trainLoss;
    private final double[] testLoss;
    private final double[] trainAccuracy;
    private final double[] testAccuracy;
    private int size;
    /** Samples lie at least this far apart on the {@link EpochScale}. */
    private int stride = 1;

    /** @param capacity samples kept at most; even, at least 4 */
    public LossHistory(int capacity) {
        if (capacity < 4 || capacity % 2 != 0) {
            throw new IllegalArgumentException("The history needs an even capacity of at least 4, got " + capacity);
        }
        this.capacity = capacity;
        epochs = new int[capacity];
        trainLoss = new double[capacity];
        testLoss = new double[capacity];
        trainAccuracy = new double[capacity];
        testAccuracy = new double[capacity];
    }

    /** Forgets every sample. */
    public void clear() {
        size = 0;
        stride = 1;
    }

    /**
     * Offers the figures at {@code epoch}; kept when it is {@link #due}. Returns whether it was kept.
     */
    public boolean record(int epoch, double train, double test, double trainAcc, double testAcc) {
        if (!due(epoch)) {
            return false;
        }
        while (size == capacity) { // samples far apart (taken in jumps) may all survive one thinning
            halve();
        }
        if (!due(epoch)) {
            return false;
        }
        epochs[size] = epoch;
        trainLoss[size] = train;
        testLoss[size] = test;
        trainAccuracy[size] = trainAcc;
        testAccuracy[size] = testAcc;
        size++;
        return true;
    }

    /**
     * Whether a sample at {@code epoch} would be kept: it lies at least {@link #stride()} after
     * the last sample on the {@link EpochScale}. Cheap: ask before measuring the losses.
     */
    public boolean due(int epoch) {
        return size == 0 || apart(epochs[size - 1], epoch, stride);
    }

    /** Whether {@code later} lies at least {@code gap} after {@code earlier} on the epoch scale. */
    static boolean apart(int earlier, int later, int gap) {
        return later > earlier && EpochScale.position(later) - EpochScale.position(earlier) >= gap - 1e-9;
    }

    /** Doubles the stride and keeps the first sample and each one at least that far after the last kept. */
    private void halve() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || apart(epochs[kept - 1], epochs[i], stride)) {
                epochs[kept] = epochs[i];
                trainLoss[kept] = trainLoss[i];
                testLoss[kept] = testLoss[i];
                trainAccuracy[kept] = trainAccuracy[i];
                testAccuracy[kept] = testAccuracy[i];
                kept++;
            }
        }
        size = kept;
    }

    /**
     * Moves the history back to {@code epoch}: samples after it are dropped
     * (after an undo or a reset to an earlier point).
     */
    public void truncateAfter(int epoch) {
        while (size > 0 && epochs[size - 1] > epoch) {
            size--;
        }
    }

    /** Refills a cleared history from {@link RunSnapshot}'s values: five per sample from {@code offset}. */
    void load(int newStride, int count, double[] values, int offset) {
        if (count > capacity || newStride < 1) {
            throw new IllegalArgumentException("A history of " + count + " samples (stride " + newStride
                    + ") does not fit a capacity of " + capacity);
        }
        for (int i = 0; i < count; i++) {
            int at = offset + 5 * i;
            epochs[i] = (int) values[at];
            trainLoss[i] = values[at + 1];
            testLoss[i] = values[at + 2];
            trainAccuracy[i] = values[at + 3];
            testAccuracy[i] = values[at + 4];
        }
        size = count;
        stride = newStride;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    public int stride() {
        return stride;
    }

    public int epoch(int i) {
        return epochs[check(i)];
    }

    public double trainLoss(int i) {
        return trainLoss[check(i)];
    }

    public double testLoss(int i) {
        return testLoss[check(i)];
    }

    public double trainAccuracy(int i) {
        return trainAccuracy[check(i)];
    }

    public double testAccuracy(int i) {
        return testAccuracy[check(i)];
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("sample " + i + " of " + size);
        }
        return i;
    }

    /** The history as CSV: a header line, then one line per sample. */
    public String toCsv(boolean withAccuracy) {
        StringBuilder csv = new StringBuilder(withAccuracy
                ? "epoch,train_loss,test_loss,train_accuracy,test_accuracy\n" : "epoch,train_loss,test_loss\n");
        for (int i = 0; i < size; i++) {
            csv.append(epochs[i]).append(',').append(NumberText.format(trainLoss[i])).append(',')
                    .append(NumberText.format(testLoss[i]));
            if (withAccuracy) {
                csv.append(',').append(NumberText.format(trainAccuracy[i])).append(',')
                        .append(NumberText.format(testAccuracy[i]));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
