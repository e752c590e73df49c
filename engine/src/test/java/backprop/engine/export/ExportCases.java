package backprop.engine.export;

import backprop.engine.data.Feature;
import backprop.engine.data.FeatureSet;
import backprop.engine.formula.Formula;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import java.util.List;

/**
 * Networks the export tests write out: every activation in a hidden or output layer, every input
 * feature, one to three hidden layers and one to three outputs, with weights drawn and then scaled
 * up so that some neurons saturate, as after training; and ({@link #typed}) networks whose inputs
 * include typed formulas.
 */
final class ExportCases {
    private ExportCases() {
    }

    /** A network with its features and a name for messages. */
    record Case(String name, Network network, FeatureSet features) {
        ExportedNetwork exported() {
            return new ExportedNetwork(network, features, "test case " + name);
        }

        /** The engine's outputs at (x, y), through the network's own forward pass: the oracle. */
        double[] engineOutputs(double x, double y) {
            double[] in = new double[features.width()];
            features.compute(x, y, in, 0);
            return network.forward(in, 0).clone();
        }
    }

    static List<Case> all() {
        return List.of(
                make("tanh 2-4-2-1", new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 2.0,
                        Feature.X, Feature.Y),
                make("relu all features to softmax", new int[] {9, 8, 8, 3}, Activation.RELU, Activation.SOFTMAX, 1.5,
                        Feature.values()),
                make("leaky relu to sigmoid", new int[] {3, 5, 1}, Activation.LEAKY_RELU, Activation.SIGMOID, 3.0,
                        Feature.X_SQUARED, Feature.SIN_Y, Feature.COS_X),
                make("elu to linear", new int[] {4, 6, 6, 6, 2}, Activation.ELU, Activation.LINEAR, 1.5,
                        Feature.X_TIMES_Y, Feature.Y_SQUARED, Feature.COS_Y, Feature.SIN_X),
                make("sigmoid to tanh", new int[] {2, 3, 1}, Activation.SIGMOID, Activation.TANH, 4.0,
                        Feature.X, Feature.Y),
                make("linear to softmax", new int[] {2, 3, 2}, Activation.LINEAR, Activation.SOFTMAX, 2.0,
                        Feature.X, Feature.X_SQUARED));
    }

    /**
     * Networks with typed features: the functions, the power, unary minus (doubled too), nesting,
     * constants, and values that are NaN or infinite on part of the grid (log(x) and x^0.5 for
     * x &lt; 0, 1^log(x), where Java's pow and C's differ, x/(y-y)) or everywhere (a constant 1/0).
     */
    static List<Case> typed() {
        return List.of(
                make("typed sin(3x) x*y*y sqrt(x^2+y^2)/e log(x)", new int[] {6, 5, 1}, Activation.TANH, Activation.TANH,
                        1.5, new Feature[] {Feature.X, Feature.Y}, "sin(3x)", "x*y*y", "sqrt(x^2+y^2)/e", "log(x)"),
                make("typed powers, minus and nesting", new int[] {5, 6, 4, 3}, Activation.RELU, Activation.SOFTMAX, 1.0,
                        new Feature[] {Feature.X_SQUARED}, "2^x-(-y)", "exp(-abs(sin(x*y)))*tanh(-x/2)",
                        "1^log(x)+x", "sin(2)*pi/e^2"),
                make("typed undefined points", new int[] {5, 4, 2}, Activation.SIGMOID, Activation.SIGMOID, 2.0,
                        new Feature[] {Feature.Y}, "x/(y-y)", "x^0.5-y", "-x^2*tan(--y)/(1+cos(x)^2)", "1/0+x"));
    }

    private static Case make(String name, int[] shape, Activation hidden, Activation output, double scale,
            Feature[] builtIn, String... formulas) {
        Formula[] typed = new Formula[formulas.length];
        for (int i = 0; i < typed.length; i++) {
            typed[i] = Formula.parse(formulas[i]);
        }
        Case c = make(name, shape, hidden, output, scale, builtIn);
        return new Case(name, c.network(), c.features().withTyped(typed));
    }

    private static Case make(String name, int[] shape, Activation hidden, Activation output, double scale,
            Feature... features) {
        Network network = new Network(shape, hidden, output, Init.XAVIER, Rng.fromSeed(name));
        Rng rng = Rng.fromSeed("biases " + name);
        for (int k = 0; k < network.depth(); k++) {
            double[] w = network.weights(k);
            for (int i = 0; i < w.length; i++) {
                w[i] *= scale;
            }
            double[] b = network.biases(k);
            for (int j = 0; j < b.length; j++) {
                b[j] = rng.uniform(-1, 1);
            }
        }
        network.changed();
        return new Case(name, network, FeatureSet.of(features));
    }

    /** 100 points over the playground's square, none on a round number. */
    static double[][] grid() {
        double[][] points = new double[100][];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                points[10 * i + j] = new double[] {-5.9 + 1.3 * i, 5.7 - 1.25 * j};
            }
        }
        return points;
    }
}
