package backprop.engine.train;

import backprop.engine.data.Examples;

/**
 * The examples of one block of a mini-batch, gathered in training order for
 * {@link backprop.engine.nn.BatchPass}: inputs {@code inputs[e·inputWidth + i]}
 * and targets {@code targets[e·targetWidth + k]} of the block's e-th example,
 * each example's vector contiguous (the block's matrices column-major, one
 * column per example). Sized once; gathering allocates nothing.
 */
final class ExampleBlock {
    final double[] inputs;
    final double[] targets;
    private final int inputWidth;
    private final int targetWidth;
    /** Examples gathered so far. */
    int count;

    ExampleBlock(int inputWidth, int targetWidth, int capacity) {
        this.inputWidth = inputWidth;
        this.targetWidth = targetWidth;
        inputs = new double[inputWidth * capacity];
        targets = new double[targetWidth * capacity];
    }

    /** Whether this block was made for examples of these widths. */
    boolean fits(Examples examples) {
        return examples.inputWidth == inputWidth && examples.targetWidth == targetWidth;
    }

    /** Starts an empty block. */
    void clear() {
        count = 0;
    }

    /** Appends example {@code e} of {@code examples} (a loop: TeaVM-JS's arraycopy allocates a view). */
    void add(Examples examples, int e) {
        double[] in = examples.inputs;
        for (int i = 0, from = e * inputWidth, to = count * inputWidth; i < inputWidth; i++) {
            inputs[to + i] = in[from + i];
        }
        double[] t = examples.targets;
        for (int k = 0, from = e * targetWidth, to = count * targetWidth; k < targetWidth; k++) {
            targets[to + k] = t[from + k];
        }
        count++;
    }
}
