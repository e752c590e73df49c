package backprop.engine.data;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Loss;
import backprop.engine.text.Identified;

/**
 * What the network learns from the digits.
 *
 * <p>{@link #IS_FIVE}: one sigmoid output o = P(the digit is a 5), binary cross-entropy, target
 * 1 for a 5 and 0 otherwise; classes 0 = "not a 5", 1 = "a 5". Sigmoid + cross-entropy was
 * chosen over tanh + square loss because its output reads directly as a probability (the bar
 * the page draws) and its δ = o − t does not vanish when a confident output is wrong.
 * About 9 % of the digits are 5s, so "always not a 5" already scores about 91 %.
 *
 * <p>{@link #WHICH_DIGIT}: ten softmax outputs o_k = P(the digit is k), categorical
 * cross-entropy, one-hot targets; classes are the digits 0..9.
 */
public enum DigitTask implements Identified {
    IS_FIVE("five", 1, 2, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY),
    WHICH_DIGIT("digit", 10, 10, Activation.SOFTMAX, Loss.CATEGORICAL_CROSS_ENTROPY);

    private final String id;
    private final int outputs;
    private final int classes;
    private final Activation outputActivation;
    private final Loss loss;

    DigitTask(String id, int outputs, int classes, Activation outputActivation, Loss loss) {
        this.id = id;
        this.outputs = outputs;
        this.classes = classes;
        this.outputActivation = outputActivation;
        this.loss = loss;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static DigitTask fromId(String id) {
        return Identified.byId(values(), id);
    }

    /** Output neurons of the network. */
    public int outputs() {
        return outputs;
    }

    /** Rows (and columns) of the confusion matrix: 2 or 10. */
    public int classes() {
        return classes;
    }

    public Activation outputActivation() {
        return outputActivation;
    }

    public Loss loss() {
        return loss;
    }

    /** The class a digit of this label belongs to: for {@link #IS_FIVE} 1 for a 5, else 0; otherwise the label. */
    public int classOf(int label) {
        return this == IS_FIVE ? (label == 5 ? 1 : 0) : label;
    }

    /** Writes the targets of a digit with this label into {@code targets[offset ..]}. */
    public void writeTargets(int label, double[] targets, int offset) {
        if (this == IS_FIVE) {
            targets[offset] = label == 5 ? 1.0 : 0.0;
            return;
        }
        for (int k = 0; k < outputs; k++) {
            targets[offset + k] = k == label ? 1.0 : 0.0;
        }
    }

    /** The class the network's outputs pick: P(5) ≥ 0.5, or the largest of the ten. */
    public int predictedClass(double[] outputs) {
        return predictedClass(outputs, 0);
    }

    /** {@link #predictedClass(double[])} of the outputs at {@code outputs[offset ..]} (one example of a block). */
    public int predictedClass(double[] outputs, int offset) {
        if (this == IS_FIVE) {
            return outputs[offset] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < this.outputs; k++) {
            if (outputs[offset + k] > outputs[offset + best]) {
                best = k;
            }
        }
        return best;
    }

    /** A short name of class c for the page: "5" / "not 5", or the digit. */
    public String className(int c) {
        Checks.index(c, classes, "class");
        if (this == IS_FIVE) {
            return c == 1 ? "5" : "not 5";
        }
        return String.valueOf(c);
    }
}
