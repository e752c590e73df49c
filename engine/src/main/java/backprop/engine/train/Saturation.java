package backprop.engine.train;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Network;

/**
 * How many hidden neurons are stuck: on nearly every training example their slope f′(z) is almost
 * 0 (tanh and sigmoid pushed to their flat ends, a ReLU that never fires). Backpropagation
 * multiplies δ by that slope, so a stuck neuron all but stops learning — what a learning rate far
 * too large does to a network in a few steps.
 */
public final class Saturation {
    /** A slope below this fraction of the activation's steepest counts as flat. */
    static final double FLAT = 0.02;
    /** tanh′ = 1 − a² is flat (below {@link #FLAT} of its peak 1) where |a| exceeds this. */
    private static final double TANH_FLAT = Math.sqrt(1 - FLAT);
    /** A neuron is stuck when it is flat on at least this fraction of the examples. */
    static final double MOST = 0.9;

    private Saturation() {
    }

    /** The fraction (0–1) of hidden neurons that are stuck on {@code examples}; 0 without hidden neurons or examples. */
    public static double stuckFraction(Network network, Examples examples) {
        int depth = network.depth();
        int hidden = 0;
        for (int k = 0; k + 1 < depth; k++) {
            hidden += network.layerSize(k + 1);
        }
        if (hidden == 0 || examples.count == 0) {
            return 0;
        }
        double[][] zs = new double[depth][];
        double[][] as = new double[depth][];
        int[][] flat = new int[depth][];
        for (int k = 0; k < depth; k++) {
            zs[k] = new double[network.layerSize(k + 1)];
            as[k] = new double[network.layerSize(k + 1)];
            flat[k] = new int[network.layerSize(k + 1)];
        }
        for (int e = 0; e < examples.count; e++) {
            network.forwardInto(examples.inputs, e * examples.inputWidth, zs, as);
            for (int k = 0; k + 1 < depth; k++) {
                Activation f = network.activation(k);
                for (int j = 0; j < zs[k].length; j++) {
                    if (f != Activation.LINEAR && flat(f, zs[k][j], as[k][j])) {
                        flat[k][j]++;
                    }
                }
            }
        }
        int stuck = 0;
        for (int k = 0; k + 1 < depth; k++) {
            for (int j = 0; j < flat[k].length; j++) {
                stuck += flat[k][j] >= MOST * examples.count ? 1 : 0;
            }
        }
        return stuck / (double) hidden;
    }

    /**
     * Whether the slope f′(z) is below {@link #FLAT} of the activation's steepest, written per
     * activation from z or a (the page's small build leaves out the per-neuron f′ the step-through uses).
     */
    static boolean flat(Activation f, double z, double a) {
        if (f == Activation.TANH) {
            return !(Math.abs(a) <= TANH_FLAT);
        }
        if (f == Activation.SIGMOID) {
            return !(a * (1 - a) >= FLAT * 0.25);
        }
        return !(z > 0); // ReLU and leaky ReLU: no (or a 100× smaller) slope below 0
    }
}
