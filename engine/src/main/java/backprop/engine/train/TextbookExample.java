package backprop.engine.train;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import backprop.engine.state.Preset;

/**
 * The classic hand-worked example of backpropagation as the engine computes it: a 2-2-2 network
 * of sigmoid neurons (inputs i1, i2; hidden h1, h2; outputs o1, o2), the square loss
 * E = ½Σ(t − o)² summed over both outputs, and one plain gradient-descent step
 * w⁺ = w − η·∂E/∂w, the biases kept when they are fixed (as such examples keep them).
 *
 * <p>Every number is read from one {@link Trace}, the path the step-through records. The weights
 * are numbered as such examples number them: w1..w4 from the inputs (w1 i1→h1, w2 i2→h1, w3 i1→h2,
 * w4 i2→h2), w5..w8 to the outputs (w5 h1→o1, w6 h2→o1, w7 h1→o2, w8 h2→o2) — which is the
 * engine's row-major order, layer by layer; the biases b1..b4 are those of h1, h2, o1, o2.
 */
public final class TextbookExample {
    private final Trace trace;
    private final boolean biasesFixed;

    private TextbookExample(Trace trace, boolean biasesFixed) {
        this.trace = trace;
        this.biasesFixed = biasesFixed;
    }

    /**
     * Computes the example: two inputs, two targets, eight weights, biases (four, one per neuron,
     * or two, one per layer), η ≥ 0.
     */
    public static TextbookExample compute(double[] inputs, double[] targets, double[] weights, double[] biases,
            double learningRate, boolean biasesFixed) {
        Checks.slice(inputs, 0, 2, "inputs");
        Checks.slice(targets, 0, 2, "targets");
        Checks.slice(weights, 0, 8, "weights");
        Checks.notNull(biases, "biases");
        if (biases.length != 2 && biases.length != 4) {
            throw new IllegalArgumentException("biases: give 4 (b1..b4, one per neuron) or 2 (one per layer), not "
                    + biases.length);
        }
        Network network = new Network(new int[] {2, 2, 2}, Activation.SIGMOID, Activation.SIGMOID, Init.ZERO,
                new Rng(0));
        System.arraycopy(weights, 0, network.weights(0), 0, 4);
        System.arraycopy(weights, 4, network.weights(1), 0, 4);
        double[] b = perNeuron(biases);
        System.arraycopy(b, 0, network.biases(0), 0, 2);
        System.arraycopy(b, 2, network.biases(1), 0, 2);
        network.changed();
        return new TextbookExample(Trace.recordPlain(network, Loss.SQUARE, learningRate, inputs, targets,
                biasesFixed), biasesFixed);
    }

    /** The example the state's {@code tb*} keys describe. */
    public static TextbookExample of(Preset p) {
        return compute(p.tbIn, p.tbT, p.tbW, p.tbB, p.tbRate, p.tbFixedBiases);
    }

    /** b1..b4 from four biases, or from two (hidden, output) each shared by its layer. */
    public static double[] perNeuron(double[] biases) {
        return biases.length == 4 ? biases.clone() : new double[] {biases[0], biases[0], biases[1], biases[1]};
    }

    /** The trace the numbers are read from. */
    public Trace trace() {
        return trace;
    }

    public boolean biasesFixed() {
        return biasesFixed;
    }

    /** net of neuron {@code j} (0: h1, 1: h2, 2: o1, 3: o2): z = Σ w·a + b. */
    public double net(int j) {
        return trace.preActivations(layer(j))[j % 2];
    }

    /** out of neuron {@code j} (0: h1, 1: h2, 2: o1, 3: o2): σ(net). */
    public double out(int j) {
        return trace.outputs(layer(j))[j % 2];
    }

    /** δ = ∂E/∂net of neuron {@code j}. */
    public double delta(int j) {
        return trace.deltas(layer(j))[j % 2];
    }

    /** E = ½Σ(t − o)² before the step. */
    public double totalError() {
        return trace.loss();
    }

    /** ½(t − o)² of output {@code k} (0: o1, 1: o2), from the trace's outputs and targets. */
    public double error(int k) {
        double diff = trace.targets()[Checks.index(k, 2, "output")] - out(2 + k);
        return 0.5 * diff * diff;
    }

    /** ∂E/∂w of weight w(n + 1), n = 0..7. */
    public double weightGradient(int n) {
        return trace.weightGradients(weightLayer(n))[n % 4];
    }

    /** ∂E/∂b of bias b(n + 1), n = 0..3 (one per neuron). */
    public double biasGradient(int n) {
        return trace.biasGradients(layer(n))[n % 2];
    }

    /** w(n + 1) before the step. */
    public double weight(int n) {
        return trace.before().weights(weightLayer(n))[n % 4];
    }

    /** w(n + 1)⁺ = w − η·∂E/∂w after the step. */
    public double updatedWeight(int n) {
        return trace.after().weights(weightLayer(n))[n % 4];
    }

    /** b(n + 1) before the step. */
    public double bias(int n) {
        return trace.before().biases(layer(n))[n % 2];
    }

    /** b(n + 1) after the step (unchanged when the biases are fixed). */
    public double updatedBias(int n) {
        return trace.after().biases(layer(n))[n % 2];
    }

    /** E after the step: a forward pass of the updated network on the same example. */
    public double totalErrorAfter() {
        Network after = trace.after().copy();
        after.forward(trace.inputs(), 0);
        return after.loss(Loss.SQUARE, trace.targets(), 0);
    }

    private static int layer(int neuron) {
        return Checks.index(neuron, 4, "neuron") / 2;
    }

    private static int weightLayer(int n) {
        return Checks.index(n, 8, "weight") / 4;
    }
}
