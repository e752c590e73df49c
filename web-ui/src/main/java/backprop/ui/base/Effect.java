package backprop.ui.base;

import backprop.engine.data.Feature;
import backprop.engine.state.Preset;
import java.util.Arrays;

/**
 * What a change of the playground state invalidates. Follows TensorFlow
 * Playground: the learning rate changes live; the network's settings rebuild
 * the network from its seed; the data's settings make new data too. Ours
 * (optimizer, loss) change live; the initialisation starts over. Unlike
 * TensorFlow Playground, shape, input features and hidden activation reshape
 * the running network, which keeps learning ({@link #RESHAPE}), unless the
 * preset's {@code startOver} asks for its reset.
 */
public enum Effect {
    /** Only the drawing changes (show test data, discretize, hidden controls). */
    VIEW,
    /** Training goes on with new settings (learning rate, optimizer and its parameters). */
    TRAINING,
    /** Training goes on with a new loss (and the output activation it needs); the weights are kept. */
    TASK,
    /** The network starts over from its seed (regularization, batch size, initialisation…). */
    NETWORK,
    /**
     * Shape, input features or hidden activation: the running network is
     * reshaped and keeps learning ({@code backprop.ui.LiveReshape}), or starts over like
     * {@link #NETWORK} when the preset says {@code startOver}.
     */
    RESHAPE,
    /** New data and a new network (dataset, noise, ratio, problem, seed). */
    NEW_DATA;

    /** The largest effect of going from {@code before} to {@code after}. */
    public static Effect between(Preset before, Preset after) {
        if (!sameData(before, after)) {
            return NEW_DATA;
        }
        if (!sameNetwork(before, after)) {
            return sameNetworkSettings(before, after) ? RESHAPE : NETWORK;
        }
        if (before.loss != after.loss || before.outputActivation != after.outputActivation) {
            return TASK;
        }
        if (!sameTraining(before, after)) {
            return TRAINING;
        }
        return VIEW;
    }

    private static boolean sameData(Preset a, Preset b) {
        return a.problem == b.problem && a.activeDataset() == b.activeDataset() && a.noise == b.noise
                && a.percTrainData == b.percTrainData && a.seed.equals(b.seed) && a.datasetId.equals(b.datasetId);
    }

    private static boolean sameNetwork(Preset a, Preset b) {
        if (a.activation != b.activation || a.regularization != b.regularization
                || a.regularizationRate != b.regularizationRate || a.batchSize != b.batchSize
                || !Arrays.equals(a.networkShape, b.networkShape) || a.init != b.init) {
            return false;
        }
        for (Feature f : Feature.values()) {
            if (a.feature(f) != b.feature(f)) {
                return false;
            }
        }
        return true;
    }

    /** Same network apart from what {@code backprop.ui.LiveReshape} can change (shape, features, hidden activation). */
    private static boolean sameNetworkSettings(Preset a, Preset b) {
        return a.regularization == b.regularization && a.regularizationRate == b.regularizationRate
                && a.batchSize == b.batchSize && a.init == b.init;
    }

    private static boolean sameTraining(Preset a, Preset b) {
        return a.learningRate == b.learningRate && a.optimizer == b.optimizer && a.momentum == b.momentum
                && a.beta1 == b.beta1 && a.beta2 == b.beta2 && a.epsilon == b.epsilon;
    }
}
