package backprop.engine.train;

import backprop.engine.data.FeatureSet;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;

/**
 * A frozen copy of a run ({@link Experiment#checkpoint}): the network's
 * weights, biases and last changes, the optimizer's state, the input features
 * and the progress counters. {@link Experiment#restore} puts them back bit for
 * bit; that is how the page undoes a change of shape.
 */
public final class Checkpoint {
    final Network network;
    final Optimizer optimizer;
    final FeatureSet features;
    final int epoch;
    final double examplesTrained;
    final double updates;
    final boolean diverged;

    Checkpoint(Network network, Optimizer optimizer, FeatureSet features, int epoch, double examplesTrained,
            double updates, boolean diverged) {
        this.network = network;
        this.optimizer = optimizer;
        this.features = features;
        this.epoch = epoch;
        this.examplesTrained = examplesTrained;
        this.updates = updates;
        this.diverged = diverged;
    }

    /** The epoch count when the checkpoint was taken. */
    public int epoch() {
        return epoch;
    }

    public FeatureSet features() {
        return features;
    }

    /** The network's shape [inputs, hidden…, outputs]. */
    public int[] shape() {
        return network.shape();
    }

    /** Weights and biases held (to bound how many checkpoints are kept). */
    public int parameterCount() {
        int n = 0;
        for (int k = 0; k < network.depth(); k++) {
            n += network.weights(k).length + network.biases(k).length;
        }
        return n;
    }
}
