package backprop.engine.train;

import backprop.engine.nn.Rng;

/**
 * The trainer's place in its passes over the training examples: which epoch it is in, how far
 * into it, and the order of this epoch, a fresh shuffle by its generator drawn before the epoch's
 * first example (or when it is first peeked at). Sized once per number of examples, so moving
 * on allocates nothing.
 */
final class EpochOrder {
    private final Rng rng;
    private int[] order;
    private boolean drawn;
    private int position;
    private int epoch;

    EpochOrder(Rng rng) {
        this.rng = rng;
        order = new int[0];
    }

    /** For {@code count} examples: the current epoch starts over with a new order. */
    void resize(int count) {
        order = new int[count];
        restartEpoch();
    }

    /** The current epoch starts over from its first example, in a new order. */
    void restartEpoch() {
        drawn = false;
        position = 0;
    }

    /** Back to the start: epoch 0, a new order. */
    void reset() {
        restartEpoch();
        epoch = 0;
    }

    /** Continues at the start of epoch {@code epoch}, in a new order. */
    void restore(int epoch) {
        this.epoch = epoch;
        restartEpoch();
    }

    /** The index of the next example of this epoch; moves past it. */
    int next() {
        drawIfNeeded();
        return order[position++];
    }

    /**
     * When the last example of this epoch has been taken: the next epoch begins (counted, with a
     * new order) and this returns true.
     */
    boolean endEpochIfDone() {
        if (position < order.length) {
            return false;
        }
        restartEpoch();
        epoch++;
        return true;
    }

    /** Index of the example {@code ahead} examples from now within this epoch (0 = the next one). */
    int upcoming(int ahead) {
        if (ahead < 0 || position + ahead >= order.length) {
            throw new IllegalArgumentException("Only " + remaining()
                    + " examples are left in this epoch; got " + ahead);
        }
        drawIfNeeded();
        return order[position + ahead];
    }

    private void drawIfNeeded() {
        if (drawn) {
            return;
        }
        drawn = true;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
    }

    /** Examples already taken in this epoch. */
    int position() {
        return position;
    }

    /** Examples left in this epoch. */
    int remaining() {
        return order.length - position;
    }

    /** Completed epochs. */
    int epoch() {
        return epoch;
    }

    /** The generator that shuffles each epoch. */
    Rng shuffler() {
        return rng;
    }
}
