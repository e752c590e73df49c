package backprop.engine.data;

import backprop.engine.nn.Activation;
import backprop.engine.text.NumberText;

/**
 * How a point's label becomes the network's target vector. The glue code picks
 * the encoding that matches the output layer ({@link #choose}); an explicit
 * parameter keeps that decision visible.
 */
public enum TargetEncoding {
    /** Two classes, one output: target = label ∈ {−1, +1} (for a tanh or linear output). */
    PLUS_MINUS_ONE,
    /** Two classes, one output: target = (label + 1) / 2 ∈ {0, 1} (for a sigmoid output). */
    ZERO_ONE,
    /**
     * k classes, k outputs: target_j = 1 for the point's class, 0 otherwise (for
     * softmax). Two-class labels −1 / +1 are classes 0 / 1.
     */
    ONE_HOT,
    /** Regression, one output: target = the value. */
    VALUE;

    /**
     * The encoding for data with {@code classes} (as in {@link DataPoints#classes})
     * and this output activation: regression → VALUE; k ≥ 3 classes → ONE_HOT;
     * two classes → ZERO_ONE for a sigmoid output, ONE_HOT for softmax,
     * PLUS_MINUS_ONE otherwise (TensorFlow Playground's tanh output).
     */
    public static TargetEncoding choose(int classes, Activation outputActivation) {
        if (classes == 0) {
            return VALUE;
        }
        if (classes >= 3 || outputActivation == Activation.SOFTMAX) {
            return ONE_HOT;
        }
        return outputActivation == Activation.SIGMOID ? ZERO_ONE : PLUS_MINUS_ONE;
    }

    /** Outputs the network needs for data with {@code classes}. */
    public int targetWidth(int classes) {
        return this == ONE_HOT ? classes : 1;
    }

    /** Whether this encoding can express labels of data with {@code classes}. */
    public boolean fits(int classes) {
        switch (this) {
            case PLUS_MINUS_ONE:
            case ZERO_ONE:
                return classes == 2;
            case ONE_HOT:
                return classes >= 2;
            default:
                return classes == 0;
        }
    }

    /** Writes the {@link #targetWidth} targets of one label from {@code offset}. */
    public void encode(double label, int classes, double[] into, int offset) {
        switch (this) {
            case PLUS_MINUS_ONE:
                into[offset] = label > 0 ? 1 : -1;
                break;
            case ZERO_ONE:
                into[offset] = label > 0 ? 1 : 0;
                break;
            case ONE_HOT:
                int index = classes == 2 ? (label > 0 ? 1 : 0) : (int) label;
                if (index < 0 || index >= classes) {
                    throw new IllegalArgumentException("label " + NumberText.format(label) + " is not a class in 0.." + (classes - 1));
                }
                for (int j = 0; j < classes; j++) {
                    into[offset + j] = j == index ? 1 : 0;
                }
                break;
            default:
                into[offset] = label;
        }
    }

    /**
     * The examples the network trains on: row e holds the input features of
     * point e and the encoded label.
     */
    public Examples toExamples(DataPoints points, InputFeatures features) {
        if (!fits(points.classes)) {
            throw new IllegalArgumentException(this + " cannot encode data with " + points.classes
                    + " classes (0 = regression)");
        }
        int n = points.size();
        int inputWidth = features.width();
        int targetWidth = targetWidth(points.classes);
        double[] inputs = new double[n * inputWidth];
        double[] targets = new double[n * targetWidth];
        for (int e = 0; e < n; e++) {
            features.compute(points.x[e], points.y[e], inputs, e * inputWidth);
            encode(points.label[e], points.classes, targets, e * targetWidth);
        }
        return new Examples(inputWidth, targetWidth, inputs, targets);
    }
}
