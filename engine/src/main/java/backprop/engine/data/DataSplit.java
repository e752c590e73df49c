package backprop.engine.data;

import backprop.engine.nn.Rng;

/**
 * Training and test points, as TensorFlow Playground makes them: shuffle all
 * points, then the first ⌊n · percTrain / 100⌋ train the network and the rest
 * test it.
 */
public final class DataSplit {
    public final DataPoints train;
    public final DataPoints test;

    private DataSplit(DataPoints train, DataPoints test) {
        this.train = train;
        this.test = test;
    }

    /**
     * Shuffles {@code all} with {@code rng} and splits it.
     *
     * @param percTrain percentage of points used for training, 0..100 (the page offers 10..90)
     */
    public static DataSplit of(DataPoints all, int percTrain, Rng rng) {
        if (percTrain < 0 || percTrain > 100) {
            throw new IllegalArgumentException("training percentage must be in 0..100, got " + percTrain);
        }
        int n = all.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        int trainCount = (int) Math.floor(n * (double) percTrain / 100);
        return new DataSplit(select(all, order, 0, trainCount), select(all, order, trainCount, n));
    }

    private static DataPoints select(DataPoints all, int[] order, int from, int to) {
        int n = to - from;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] label = new double[n];
        for (int i = 0; i < n; i++) {
            int k = order[from + i];
            x[i] = all.x[k];
            y[i] = all.y[k];
            label[i] = all.label[k];
        }
        return new DataPoints(x, y, label, all.classes);
    }
}
