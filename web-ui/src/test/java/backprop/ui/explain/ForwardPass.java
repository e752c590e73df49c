package backprop.ui.explain;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Network;

/**
 * The forward pass and the square loss of one example, written out here from the weights
 * (z_j = Σ_i w_ji·a_i + b_j, a = f(z), L = ½·Σ (o − t)²) so that the step-through's numbers
 * are checked against a computation of the test's own.
 */
final class ForwardPass {
    /** z of each layer k (0 = the first hidden layer). */
    final double[][] zs;
    /** a = f(z) of each layer k. */
    final double[][] as;

    ForwardPass(Network network, double[] inputs) {
        int depth = network.depth();
        zs = new double[depth][];
        as = new double[depth][];
        double[] previous = inputs;
        for (int k = 0; k < depth; k++) {
            int in = network.layerSize(k);
            int out = network.layerSize(k + 1);
            Activation f = k == depth - 1 ? network.outputActivation() : network.hiddenActivation();
            zs[k] = new double[out];
            as[k] = new double[out];
            for (int j = 0; j < out; j++) {
                double z = network.biases(k)[j];
                for (int i = 0; i < in; i++) {
                    z += network.weights(k)[j * in + i] * previous[i];
                }
                zs[k][j] = z;
                as[k][j] = f.value(z);
            }
            previous = as[k];
        }
    }

    double[] output() {
        return as[as.length - 1];
    }

    /** ½·Σ (o − t)². */
    double squareLoss(double[] targets) {
        double loss = 0;
        for (int k = 0; k < targets.length; k++) {
            double d = output()[k] - targets[k];
            loss += 0.5 * d * d;
        }
        return loss;
    }
}
