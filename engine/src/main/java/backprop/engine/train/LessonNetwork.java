package backprop.engine.train;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.nn.Rng;

/**
 * The lessons' small network: two inputs, two hidden sigmoid neurons, one sigmoid output, with
 * weights and biases set by hand, learning one example with plain gradient descent on the square
 * loss L = ½(o − t)². Its numbers come from the same calls training makes, recorded by
 * {@link Trace} (forward, loss, backward, update), so a lesson shows exactly what the playground computes.
 */
public final class LessonNetwork {
    /** Inputs, hidden neurons, outputs. */
    public static final int[] SHAPE = {2, 2, 1};
    /** Weights: the hidden layer's four (row by row: into hidden neuron 1, then 2), then the output's two. */
    public static final int WEIGHTS = 6;
    /** Biases: the two hidden neurons', then the output's. */
    public static final int BIASES = 3;

    private LessonNetwork() {
    }

    /** The network with these six weights and three biases (orders as {@link #WEIGHTS}, {@link #BIASES}). */
    public static Network build(double[] weights, double[] biases) {
        Checks.slice(weights, 0, WEIGHTS, "weights");
        Checks.slice(biases, 0, BIASES, "biases");
        Network n = new Network(SHAPE, Activation.SIGMOID, Activation.SIGMOID, Init.ZERO, Rng.fromSeed("lesson"));
        System.arraycopy(weights, 0, n.weights(0), 0, 4);
        System.arraycopy(weights, 4, n.weights(1), 0, 2);
        System.arraycopy(biases, 0, n.biases(0), 0, 2);
        n.biases(1)[0] = biases[2];
        n.changed();
        return n;
    }

    /** One step on the example (x, t) with learning rate η: every number of its four phases. */
    public static Trace trace(Network network, double[] inputs, double target, double learningRate) {
        return Trace.record(network, new Optimizer(OptimizerType.SGD, SHAPE), Loss.SQUARE, learningRate,
                Regularization.NONE, 0, inputs, 0, new double[] {target}, 0);
    }

    /** One step of the network these weights and biases make. */
    public static Trace trace(double[] inputs, double target, double[] weights, double[] biases, double learningRate) {
        return trace(build(weights, biases), inputs, target, learningRate);
    }

    /**
     * The loss before each of {@code steps} steps of gradient descent on the one example and after
     * the last: {@code steps + 1} values, each recorded by a {@link Trace} whose update is then applied.
     */
    public static double[] losses(double[] inputs, double target, double[] weights, double[] biases,
            double learningRate, int steps) {
        Checks.nonNegative(steps, "steps");
        Network network = build(weights, biases);
        Optimizer sgd = new Optimizer(OptimizerType.SGD, SHAPE);
        double[] losses = new double[steps + 1];
        for (int s = 0; s <= steps; s++) {
            Trace t = Trace.record(network, sgd, Loss.SQUARE, learningRate, Regularization.NONE, 0, inputs, 0,
                    new double[] {target}, 0);
            losses[s] = t.loss();
            if (s < steps) {
                t.applyTo(network, sgd);
            }
        }
        return losses;
    }
}
