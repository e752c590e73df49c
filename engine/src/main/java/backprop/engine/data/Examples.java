package backprop.engine.data;

import backprop.engine.text.NumberText;

/**
 * Training or test examples as the network sees them: {@code count} rows of
 * {@code inputWidth} inputs and {@code targetWidth} targets, each stored flat
 * and row-major so that training allocates nothing per example.
 */
public final class Examples {
    public final int count;
    public final int inputWidth;
    public final int targetWidth;
    /** inputs[e * inputWidth + i] is input i of example e. */
    public final double[] inputs;
    /** targets[e * targetWidth + k] is the target of output k for example e. */
    public final double[] targets;

    public Examples(int inputWidth, int targetWidth, double[] inputs, double[] targets) {
        if (inputWidth < 1 || targetWidth < 1) {
            throw new IllegalArgumentException("Examples need at least one input and one target, got "
                    + inputWidth + " inputs and " + targetWidth + " targets");
        }
        if (inputs.length % inputWidth != 0) {
            throw new IllegalArgumentException(inputs.length + " input values do not split into rows of " + inputWidth);
        }
        int count = inputs.length / inputWidth;
        if (targets.length != count * targetWidth) {
            throw new IllegalArgumentException(count + " examples need " + count * targetWidth
                    + " target values, got " + targets.length);
        }
        checkFinite("input", inputs, inputWidth);
        checkFinite("target", targets, targetWidth);
        this.count = count;
        this.inputWidth = inputWidth;
        this.targetWidth = targetWidth;
        this.inputs = inputs;
        this.targets = targets;
    }

    private static void checkFinite(String what, double[] values, int width) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("Example " + (i / width) + " has a non-finite " + what
                        + " (" + NumberText.format(v) + ") in column " + (i % width));
            }
        }
    }
}
