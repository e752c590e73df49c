package backprop.engine.nn;

/**
 * The links (weights) that L1 regularization has killed, TensorFlow Playground's way: when the
 * L1 step would carry a weight across zero, the weight becomes 0 and its link is dead. A dead
 * link still takes part in the forward pass and in passing δ back (with its weight 0 it adds
 * nothing), but it gathers no gradient and no update moves it, so it stays 0 until the network
 * starts over ({@link Network#initialize}).
 *
 * <p>Part of a network's state: copies, checkpoints, snapshots and reshaped networks keep it.
 * Kept as a mask per weight layer (index as in {@link Network#weights}) and as a list in the
 * order the links died, so the work is proportional to the dead links, and nothing at all while
 * there are none ({@link #count()} is 0). The trainer's loop does no per-example work for them:
 * their gradient sums are dropped before each update (and after {@link Network#backward}, so
 * whoever reads the gradients of one example sees 0 for a dead link).
 */
public final class DeadLinks {
    private final double[][] weights;
    private final boolean[][] mask;
    /** Weight layer and index of each dead link, in the order they died; {@link #count} are used. */
    private int[] layers = new int[0];
    private int[] indices = new int[0];
    private int count;

    DeadLinks(double[][] weights) {
        this.weights = weights;
        mask = new boolean[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            mask[k] = new boolean[weights[k].length];
        }
    }

    /** How many links are dead. */
    public int count() {
        return count;
    }

    /** Whether weight {@code index} of weight layer k is dead. */
    public boolean isDead(int k, int index) {
        boolean[] m = mask[Checks.index(k, mask.length, "weight layer")];
        return m[Checks.index(index, m.length, "weight")];
    }

    /** Kills weight {@code index} of weight layer k: it becomes 0 and stays there. */
    public void kill(int k, int index) {
        isDead(k, index);
        mark(k, index);
        weights[k][index] = 0.0;
    }

    /** Revives every link (the weights keep their values). */
    public void clear() {
        rollBack(0);
    }

    /** Makes the same links dead here as in {@code other}, of the same shape (weights untouched). */
    public void copyFrom(DeadLinks other) {
        if (other == this) {
            return;
        }
        clear();
        for (int t = 0; t < other.count; t++) {
            mark(other.layers[t], other.indices[t]);
        }
    }

    /** Marks a link dead without touching its weight (the optimizer's step sets it). */
    void mark(int k, int index) {
        if (mask[k][index]) {
            return;
        }
        if (count == layers.length) {
            int size = Math.max(8, 2 * count);
            layers = java.util.Arrays.copyOf(layers, size);
            indices = java.util.Arrays.copyOf(indices, size);
        }
        mask[k][index] = true;
        layers[count] = k;
        indices[count] = index;
        count++;
    }

    /** Revives the links that died after the first {@code keep} (a step that was not applied). */
    void rollBack(int keep) {
        for (int t = keep; t < count; t++) {
            mask[layers[t]][indices[t]] = false;
        }
        count = keep;
    }

    /** Sets entry (k, index) of {@code arrays} to 0 for the first {@code dead} dead links; skips null arrays. */
    void zero(double[][] arrays, int dead) {
        if (arrays == null) {
            return;
        }
        for (int t = 0; t < dead; t++) {
            arrays[layers[t]][indices[t]] = 0.0;
        }
    }

    /** Zeroes the gradient sums of the dead links (a dead link gathers none); nothing to do while none is dead. */
    void clearGradients(double[][] gradientSums) {
        if (count != 0) {
            zero(gradientSums, count);
        }
    }

    /** Copies entry (k, index) of {@code from} into {@code to} for the first {@code dead} dead links. */
    void hold(double[][] from, double[][] to, int dead) {
        for (int t = 0; t < dead; t++) {
            to[layers[t]][indices[t]] = from[layers[t]][indices[t]];
        }
    }
}
