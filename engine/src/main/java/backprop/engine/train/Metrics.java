package backprop.engine.train;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Loss;
import backprop.engine.nn.MathFunctions;
import backprop.engine.nn.Network;

/**
 * Mean loss and accuracy of a network over a set of examples, measured with
 * forward passes (no allocation) and cached until the network, the examples or
 * the loss change.
 *
 * <p>Accuracy, for classification: with one output, the prediction and the
 * target are compared by side of a threshold — 0.5 for a sigmoid output
 * (targets 0/1), 0 otherwise (targets ±1); with several outputs, the index of
 * the largest output must be that of the largest target. An example whose
 * outputs are not all finite counts as wrong.
 */
final class Metrics {
    double loss;
    double accuracy;
    private Network network;
    private int version;
    private Examples examples;
    private Loss measuredLoss;

    void forget() {
        network = null;
        examples = null;
    }

    void measure(Network net, Loss lossFunction, Examples set) {
        if (net == network && net.version() == version && set == examples && lossFunction == measuredLoss) {
            return;
        }
        int n = set.count;
        int outW = set.targetWidth;
        double threshold = net.outputActivation() == Activation.SIGMOID ? 0.5 : 0.0;
        double sum = 0;
        int right = 0;
        for (int e = 0; e < n; e++) {
            double[] out = net.forward(set.inputs, e * set.inputWidth);
            sum += net.loss(lossFunction, set.targets, e * outW);
            if (correct(out, set.targets, e * outW, outW, threshold)) {
                right++;
            }
        }
        loss = n == 0 ? 0.0 : sum / n;
        accuracy = n == 0 ? 0.0 : (double) right / n;
        network = net;
        version = net.version();
        examples = set;
        measuredLoss = lossFunction;
    }

    static boolean correct(double[] out, double[] targets, int offset, int width, double threshold) {
        for (int k = 0; k < width; k++) {
            if (!MathFunctions.isFinite(out[k])) {
                return false;
            }
        }
        if (width == 1) {
            return (out[0] >= threshold) == (targets[offset] >= threshold);
        }
        int best = 0;
        int wanted = 0;
        for (int k = 1; k < width; k++) {
            if (out[k] > out[best]) {
                best = k;
            }
            if (targets[offset + k] > targets[offset + wanted]) {
                wanted = k;
            }
        }
        return best == wanted;
    }
}
