package backprop.engine.train;

import backprop.engine.text.NumberText;

/**
 * Train and test loss (and accuracy) over the epochs, kept in a bounded
 * number of samples however long training runs: when the buffer is full,
 * every other sample is dropped and samples are then taken half as often
 * (at least {@link #stride()} epochs apart).
 * Drawing the chart therefore costs the same at epoch 100 and at epoch
 * 1,000,000, and the whole run stays visible at an even spacing.
 */
public final class LossHistory {
    private final int capacity;
    private final int[] epochs;
    private final double[] trainLoss;
    private final double[] testLoss;
    private final double[] trainAccuracy;
    private final double[] testAccuracy;
    private int size;
    /** Record one sample every {@code stride} epochs. */
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
     * Offers the figures at {@code epoch}; kept when it lies at least
     * {@link #stride()} epochs after the last sample. Returns whether it was kept.
     */
    public boolean record(int epoch, double train, double test, double trainAcc, double testAcc) {
        if (!due(epoch)) {
            return false;
        }
        if (size == capacity) {
            halve();
            if (!due(epoch)) {
                return false;
            }
        }
        epochs[size] = epoch;
        trainLoss[size] = train;
        testLoss[size] = test;
        trainAccuracy[size] = trainAcc;
        testAccuracy[size] = testAcc;
        size++;
        return true;
    }

    private boolean due(int epoch) {
        return size == 0 || epoch >= epochs[size - 1] + stride;
    }

    /** Keeps every other sample (the first, the third, …) and doubles the stride. */
    private void halve() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (i % 2 == 0) {
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
