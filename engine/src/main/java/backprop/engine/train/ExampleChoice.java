package backprop.engine.train;

import backprop.engine.data.Examples;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import java.util.Arrays;

/**
 * Which example is worth explaining: one the network still gets wrong. A trained network gets
 * most examples right, and stepping through one of those shows a loss near 0 and changes near
 * 0 — nothing to see. So the choice is made at random among the worst tenth of the examples by
 * their loss (at least one example; every example tied with the tenth's smallest loss counts
 * too, so data the network fits perfectly still offers all of them), leaving out those of the
 * tenth below {@link #TINY_LOSS} when it has others.
 */
public final class ExampleChoice {
    /** Below this loss an example counts as learned: its step changes the weights too little to see. */
    public static final double TINY_LOSS = 1e-3;

    private ExampleChoice() {
    }

    /**
     * The loss L of each example on the network as it is now (forward passes on a copy, so the
     * network's own values are left alone). NaN where the network's output is not finite.
     */
    public static double[] losses(Network network, Loss loss, Examples examples) {
        Checks.notNull(network, "network");
        Checks.notNull(loss, "loss");
        Checks.notNull(examples, "examples");
        Network copy = network.copy();
        double[] out = new double[examples.count];
        for (int e = 0; e < examples.count; e++) {
            copy.forward(examples.inputs, e * examples.inputWidth);
            out[e] = copy.loss(loss, examples.targets, e * examples.targetWidth);
        }
        return out;
    }

    /**
     * An example drawn with {@code rng} among the worst tenth by loss (a NaN loss counts as the
     * worst; of the tenth only those with a loss of at least {@link #TINY_LOSS} when there are any),
     * avoiding {@code avoid} (e.g. the one explained now) when there is another
     * candidate; −1 when there are no examples.
     */
    public static int worthExplaining(double[] losses, Rng rng, int avoid) {
        Checks.notNull(losses, "losses");
        Checks.notNull(rng, "rng");
        int n = losses.length;
        if (n == 0) {
            return -1;
        }
        double[] sorted = new double[n];
        for (int e = 0; e < n; e++) {
            sorted[e] = rank(losses[e]);
        }
        Arrays.sort(sorted);
        int worst = Math.max(1, (n + 9) / 10);
        double threshold = sorted[n - worst];
        double floor = sorted[n - 1] >= TINY_LOSS ? Math.max(threshold, TINY_LOSS) : threshold;
        int[] candidates = new int[n];
        int count = 0;
        for (int e = 0; e < n; e++) {
            if (rank(losses[e]) >= floor && e != avoid) {
                candidates[count++] = e;
            }
        }
        if (count == 0) {
            return avoid; // the only candidate is the one to avoid
        }
        return candidates[rng.nextInt(count)];
    }

    /** The example with the largest loss (a NaN loss counts as the largest; the first of ties); −1 when none. */
    public static int largestLoss(double[] losses) {
        Checks.notNull(losses, "losses");
        int best = -1;
        for (int e = 0; e < losses.length; e++) {
            if (best < 0 || rank(losses[e]) > rank(losses[best])) {
                best = e;
            }
        }
        return best;
    }

    private static double rank(double loss) {
        return loss != loss ? Double.POSITIVE_INFINITY : loss;
    }
}
