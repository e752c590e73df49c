package backprop.engine.train;

import backprop.engine.text.NumberText;

/**
 * Whether the learning rate η looks too large or too small for the run so far, read from the
 * training loss history, the share of stuck hidden neurons ({@link Saturation}) and the largest
 * update-to-weight ratio ({@link UpdateRatios}):
 *
 * <ul>
 *   <li><b>too large</b>: most hidden neurons are stuck and the loss has not come down to a quarter
 *       of where it started (the steps threw the neurons to the flat ends of their activation), or
 *       the loss has climbed well above the lowest it reached (steps overshoot);</li>
 *   <li><b>too small</b>: after {@link #SLOW_AFTER} epochs the loss is still above half of where
 *       it started, it fell less than a tenth over the second half of the run, and every layer's
 *       update-to-weight ratio is far below the rule of thumb's 1e-3 — the steps are tiny.
 *       A run that has converged (its loss fell) or that cannot learn for another reason (its
 *       steps are not small) gets no such advice.</li>
 * </ul>
 */
public final class LearningRateAdvice {
    /** Verdicts: plain ints rather than an enum, which costs the page's small build more code. */
    public static final int NONE = 0;
    public static final int TOO_LARGE = 1;
    public static final int TOO_SMALL = -1;

    /** Epochs before any advice: the first steps are allowed to be rough. */
    static final int FIRST_EPOCHS = 10;
    /** Epochs before the loss can be said to fall slowly. */
    static final int SLOW_AFTER = 100;
    /** The rate suggested when η is too large (TensorFlow Playground's default). */
    static final double CALM_RATE = 0.03;

    private LearningRateAdvice() {
    }

    /**
     * @param history   the training loss so far
     * @param stuck     the fraction of hidden neurons that are stuck (see {@link Saturation})
     * @param ratio     the largest update-to-weight ratio of the last update across the layers (0 before any)
     * @return {@link #NONE}, {@link #TOO_LARGE} or {@link #TOO_SMALL}
     */
    public static int judge(LossHistory history, double stuck, double ratio) {
        int n = history.size();
        if (n < 2 || history.epoch(n - 1) < FIRST_EPOCHS) {
            return NONE;
        }
        double first = history.trainLoss(0);
        double last = history.trainLoss(n - 1);
        if (!finite(first) || !finite(last)) {
            return NONE; // divergence has its own notice
        }
        double lowest = last;
        for (int i = 0; i < n; i++) {
            double v = history.trainLoss(i);
            lowest = finite(v) ? Math.min(lowest, v) : lowest;
        }
        boolean learned = last < 0.25 * first;
        if (stuck >= 0.5 && !learned) {
            return TOO_LARGE;
        }
        if (last > 1.5 * lowest && last > 0.05 && last > 0.5 * first) {
            return TOO_LARGE;
        }
        int lastEpoch = history.epoch(n - 1);
        if (lastEpoch < SLOW_AFTER || last < 0.5 * first || !(ratio > 0)
                || UpdateRatios.verdict(ratio) >= 0) {
            return NONE;
        }
        double halfway = history.trainLoss(indexAtOrBefore(history, lastEpoch / 2));
        return finite(halfway) && halfway - last < 0.1 * halfway ? TOO_SMALL : NONE;
    }

    /** The notice for a verdict at rate {@code learningRate}; "" for {@link Verdict#NONE}. */
    public static String message(int verdict, double learningRate) {
        if (verdict == TOO_LARGE) {
            return "The learning rate " + NumberText.format(learningRate) + " is so large that each step overshoots:"
                    + " the neurons are thrown to the flat ends of their activation (or the loss climbs back up),"
                    + " where they barely learn. Try " + NumberText.significant(Math.min(CALM_RATE, learningRate / 10), 1)
                    + ", then reset.";
        }
        if (verdict == TOO_SMALL) {
            return "The loss is still high and falls slowly, and each weight change is tiny next to its weight:"
                    + " a higher learning rate may help (try " + NumberText.significant(learningRate * 10, 1) + ").";
        }
        return "";
    }

    private static int indexAtOrBefore(LossHistory history, int epoch) {
        int i = history.size() - 1;
        while (i > 0 && history.epoch(i) > epoch) {
            i--;
        }
        return i;
    }

    private static boolean finite(double v) {
        return v == v && !Double.isInfinite(v);
    }
}
