package backprop.engine.train;

import backprop.engine.nn.Checks;
import backprop.engine.nn.Optimizer;

/**
 * A run as text, to carry it across a page load: every weight and bias (a {@link WeightsSnapshot}),
 * the progress counters and the loss history, all bit for bit. The page writes one when it swaps
 * its small default build for the full one and reads it back after the load, so the
 * network goes on from where it was.
 *
 * <p>Written between epochs (as the page trains), it carries everything the next epochs depend
 * on: the shuffling generator's state and the optimizer's (momentum, Adam's moments and step
 * count) too, so the run that reads it trains on exactly as the one that wrote it would have.
 *
 * <p>Format {@code r2;EPOCH;HISTORY_SIZE;STRIDE;DIVERGED;VALUES;WEIGHTS}: VALUES holds examples
 * trained, updates, the generator's state, the optimizer rule (its ordinal), the length of its
 * state and that state, then five values per history sample (epoch, train loss, test loss, train
 * accuracy, test accuracy), each as 11 characters of {@link WeightsSnapshot}'s bit encoding;
 * WEIGHTS is a whole weights snapshot (with the dead links, if any). A receiver with another optimizer rule keeps its own
 * (fresh) optimizer state.
 */
public final class RunSnapshot {
    static final String VERSION = "r3";
    /**
     * Values before the optimizer's state: examples trained, updates, generator, rule, state length,
     * and dropout's generator (r3: without it a carried run with dropout went on with other masks).
     */
    private static final int FIXED_VALUES = 6;
    private static final int HEADER_FIELDS = 6;

    private RunSnapshot() {
    }

    public static String write(Experiment experiment, LossHistory history) {
        Checks.notNull(experiment, "experiment");
        Checks.notNull(history, "history");
        Trainer t = experiment.trainer();
        double[] optimizer = t.optimizer().stateValues();
        int historyAt = FIXED_VALUES + optimizer.length;
        double[] values = new double[historyAt + 5 * history.size()];
        values[0] = t.examplesTrained();
        values[1] = t.updates();
        values[2] = t.shuffler().state();
        values[3] = t.optimizer().type().ordinal();
        values[4] = optimizer.length;
        values[5] = t.dropoutRng().state();
        System.arraycopy(optimizer, 0, values, FIXED_VALUES, optimizer.length);
        for (int i = 0; i < history.size(); i++) {
            int at = historyAt + 5 * i;
            values[at] = history.epoch(i);
            values[at + 1] = history.trainLoss(i);
            values[at + 2] = history.testLoss(i);
            values[at + 3] = history.trainAccuracy(i);
            values[at + 4] = history.testAccuracy(i);
        }
        StringBuilder text = new StringBuilder(VERSION).append(';').append(t.epoch()).append(';')
                .append(history.size()).append(';').append(history.stride()).append(';')
                .append(t.diverged() ? 1 : 0).append(';');
        WeightsSnapshot.append(text, values);
        return text.append(';').append(WeightsSnapshot.export(experiment.network())).toString();
    }

    /**
     * Puts a written run into {@code experiment} (which must have the network's shape) and
     * {@code history}; nothing changes when the text does not fit.
     *
     * @throws IllegalArgumentException saying what does not fit
     */
    public static void read(String text, Experiment experiment, LossHistory history) {
        Checks.notNull(text, "run text");
        int[] cut = new int[HEADER_FIELDS];
        int from = 0;
        for (int i = 0; i < HEADER_FIELDS; i++) {
            cut[i] = text.indexOf(';', from);
            if (cut[i] < 0) {
                throw new IllegalArgumentException("Not a run snapshot: too few fields");
            }
            from = cut[i] + 1;
        }
        if (!VERSION.equals(text.substring(0, cut[0]))) {
            throw new IllegalArgumentException("Unknown run snapshot version; this version reads " + VERSION);
        }
        int epoch = number(text, cut[0] + 1, cut[1], Integer.MAX_VALUE, "epoch");
        int size = number(text, cut[1] + 1, cut[2], history.capacity(), "history size");
        int stride = number(text, cut[2] + 1, cut[3], Integer.MAX_VALUE, "history stride");
        int diverged = number(text, cut[3] + 1, cut[4], 1, "diverged");
        if (stride < 1) {
            throw new IllegalArgumentException("Run snapshot: the history stride must be at least 1");
        }
        int chars = cut[5] - cut[4] - 1;
        int per = WeightsSnapshot.CHARS_PER_VALUE;
        if (chars < FIXED_VALUES * per || chars % per != 0) {
            throw new IllegalArgumentException("Run snapshot: the values are cut short");
        }
        double[] values = new double[chars / per];
        WeightsSnapshot.read(text, cut[4] + 1, values, cut[4] + 1, false);
        double optimizerLength = values[4];
        if (!(optimizerLength >= 3 && optimizerLength == (int) optimizerLength)
                || values.length != FIXED_VALUES + (int) optimizerLength + 5 * size) {
            throw new IllegalArgumentException("Run snapshot: the values do not match a history of " + size);
        }
        int historyAt = FIXED_VALUES + (int) optimizerLength;
        WeightsSnapshot.importInto(experiment.network(), text.substring(cut[5] + 1));
        Trainer t = experiment.trainer();
        t.restoreProgress(epoch, values[0], values[1], diverged == 1);
        t.shuffler().setState((int) values[2]);
        t.dropoutRng().setState((int) values[5]);
        Optimizer o = t.optimizer();
        if (values[3] == o.type().ordinal() && optimizerLength == o.stateLength()) {
            o.loadState(values, FIXED_VALUES);
        }
        history.clear();
        history.load(stride, size, values, historyAt);
    }

    private static int number(String text, int from, int to, int max, String what) {
        if (to <= from || to - from > 10) {
            throw new IllegalArgumentException("Run snapshot: no " + what);
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Run snapshot: the " + what + " is not a number");
            }
            n = n * 10 + (c - '0');
        }
        if (n > max) {
            throw new IllegalArgumentException("Run snapshot: the " + what + " is out of range");
        }
        return (int) n;
    }
}
