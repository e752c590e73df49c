package backprop.engine.state;

import backprop.engine.data.DigitTask;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.OptimizerType;
import backprop.engine.text.NumberText;

/**
 * The settings of a digits run, with defaults that learn fast: {@link backprop.engine.digits.DigitsExperiment#create}
 * builds the run from them. Mutable plain fields like {@link Preset}'s; {@link #violations()}
 * lists what is out of range.
 */
public final class DigitsConfig {
    public static final int MAX_HIDDEN_LAYERS = 3;
    public static final int MAX_NEURONS = 128;
    /** The two input sizes: the digits as shipped, or halved by 2×2 means. */
    public static final int FULL_SIDE = 28;
    public static final int HALF_SIDE = 14;

    public DigitTask task = DigitTask.WHICH_DIGIT;
    /** 28 (784 inputs) or 14 (196 inputs). */
    public int side = FULL_SIDE;
    /** Neurons of each hidden layer, 0..3 layers of 1..128. */
    public int[] hidden = {32};
    public Activation activation = Activation.RELU;
    public Init init = Init.HE;
    public double learningRate = 0.05;
    public int batchSize = 10;
    public OptimizerType optimizer = OptimizerType.SGD;
    /** Fixes the initial weights and the order of examples (the split is fixed: see {@link backprop.engine.digits.DigitsSplit}). */
    public String seed = "digits";

    public DigitsConfig copy() {
        DigitsConfig c = new DigitsConfig();
        c.task = task;
        c.side = side;
        c.hidden = hidden == null ? null : hidden.clone();
        c.activation = activation;
        c.init = init;
        c.learningRate = learningRate;
        c.batchSize = batchSize;
        c.optimizer = optimizer;
        c.seed = seed;
        return c;
    }

    /** Each way this config breaks a limit, as a sentence; empty when it is valid. */
    public java.util.List<String> violations() {
        java.util.List<String> v = new java.util.ArrayList<>();
        if (task == null) {
            v.add("task is null");
        }
        if (side != FULL_SIDE && side != HALF_SIDE) {
            v.add("side must be " + FULL_SIDE + " or " + HALF_SIDE + ", is " + side);
        }
        if (hidden == null || hidden.length > MAX_HIDDEN_LAYERS) {
            v.add("hidden must have 0.." + MAX_HIDDEN_LAYERS + " layers");
        } else {
            for (int n : hidden) {
                if (n < 1 || n > MAX_NEURONS) {
                    v.add("each hidden layer needs 1.." + MAX_NEURONS + " neurons, one has " + n);
                }
            }
        }
        if (activation == null || !activation.elementwise()) {
            v.add("activation must be a hidden-layer activation, is " + activation);
        }
        if (init == null) {
            v.add("init is null");
        }
        if (!(learningRate > 0 && learningRate <= Limits.MAX_LEARNING_RATE)) {
            v.add("learningRate must be in (0, " + Limits.MAX_LEARNING_RATE + "], is "
                    + NumberText.format(learningRate));
        }
        if (batchSize < Limits.MIN_BATCH_SIZE || batchSize > Limits.MAX_BATCH_SIZE) {
            v.add("batchSize must be in " + Limits.MIN_BATCH_SIZE + ".." + Limits.MAX_BATCH_SIZE + ", is " + batchSize);
        }
        if (optimizer == null) {
            v.add("optimizer is null");
        }
        if (seed == null) {
            v.add("seed is null");
        }
        return v;
    }
}
