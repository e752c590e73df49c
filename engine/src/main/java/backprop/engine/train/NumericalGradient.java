package backprop.engine.train;

import backprop.engine.nn.Checks;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;

/**
 * Every ∂L/∂w and ∂L/∂b of a network for one example the slow way, by central differences:
 * ∂L/∂w ≈ (L(w + h) − L(w − h)) / 2h, two extra forward passes per weight and bias, counted —
 * what backpropagation saves (it gets them all from one forward and one backward pass).
 * It works on a copy, so the network itself does not change.
 */
public final class NumericalGradient {
    /** The default step h: near the cube root of the double's precision, where central differences err least. */
    public static final double DEFAULT_STEP = 1e-5;

    private final double[][] weightGradients;
    private final double[][] biasGradients;
    private final int forwardPasses;

    private NumericalGradient(double[][] weightGradients, double[][] biasGradients, int forwardPasses) {
        this.weightGradients = weightGradients;
        this.biasGradients = biasGradients;
        this.forwardPasses = forwardPasses;
    }

    /** The numerical gradient of {@code loss} for the example {@code inputs}, {@code targets} with step {@code h}. */
    public static NumericalGradient of(Network network, Loss loss, double[] inputs, double[] targets, double h) {
        Checks.notNull(network, "network");
        Checks.notNull(loss, "loss");
        Checks.slice(inputs, 0, network.inputCount(), "inputs");
        Checks.slice(targets, 0, network.outputCount(), "targets");
        if (!(h > 0)) {
            throw new IllegalArgumentException("the step h must be above 0, is " + NumberText.format(h));
        }
        loss.checkOutput(network.outputActivation());
        Network copy = network.copy();
        int depth = copy.depth();
        double[][] gw = new double[depth][];
        double[][] gb = new double[depth][];
        int passes = 0;
        for (int k = 0; k < depth; k++) {
            gw[k] = new double[copy.weights(k).length];
            gb[k] = new double[copy.biases(k).length];
            passes += differences(copy, copy.weights(k), gw[k], loss, inputs, targets, h);
            passes += differences(copy, copy.biases(k), gb[k], loss, inputs, targets, h);
        }
        return new NumericalGradient(gw, gb, passes);
    }

    /** Fills {@code gradient} for each value of {@code values} (restored after); returns the forward passes made. */
    private static int differences(Network n, double[] values, double[] gradient, Loss loss, double[] inputs,
            double[] targets, double h) {
        for (int i = 0; i < values.length; i++) {
            double w = values[i];
            values[i] = w + h;
            double plus = lossAt(n, loss, inputs, targets);
            values[i] = w - h;
            double minus = lossAt(n, loss, inputs, targets);
            values[i] = w;
            gradient[i] = (plus - minus) / (2 * h);
        }
        return 2 * values.length;
    }

    private static double lossAt(Network n, Loss loss, double[] inputs, double[] targets) {
        n.forward(inputs, 0);
        return n.loss(loss, targets, 0);
    }

    /** The numerical ∂L/∂w of weight layer k (same order as {@link Network#weights}). */
    public double[] weightGradients(int k) {
        return weightGradients[Checks.index(k, weightGradients.length, "weight layer")];
    }

    public double[] biasGradients(int k) {
        return biasGradients[Checks.index(k, biasGradients.length, "weight layer")];
    }

    /** Forward passes the differences took: two per weight and per bias. */
    public int forwardPasses() {
        return forwardPasses;
    }

    /** Weights and biases differentiated. */
    public int parameters() {
        return forwardPasses / 2;
    }

    /** The largest |numerical − backpropagated| over every weight and bias of {@code trace} (same network). */
    public double maxDifference(Trace trace) {
        Checks.notNull(trace, "trace");
        double max = 0;
        for (int k = 0; k < weightGradients.length; k++) {
            max = Math.max(max, maxDifference(weightGradients[k], trace.weightGradients(k)));
            max = Math.max(max, maxDifference(biasGradients[k], trace.biasGradients(k)));
        }
        return max;
    }

    private static double maxDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the trace was recorded on a network of another shape");
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            max = d > max || d != d ? d : max;
        }
        return max;
    }
}
