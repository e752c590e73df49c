package backprop.ui.base;

import backprop.engine.state.Keys;
import backprop.engine.state.Preset;
import backprop.engine.state.Reset;

/**
 * What a change of the playground state makes the page do. Each key of the state declares what
 * a change of it resets ({@link Reset}, in {@link Keys}); this is that reset as the controller acts
 * on it, mapped in one place ({@link #of}). Unlike TensorFlow Playground, shape, input features and
 * hidden activation reshape the running network, which keeps learning ({@link #RESHAPE}), unless
 * the preset's {@code startOver} asks for its reset.
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

    /** The largest effect of going from {@code before} to {@code after}: the largest reset of the keys that differ. */
    public static Effect between(Preset before, Preset after) {
        return of(Keys.resetBetween(before, after));
    }

    /** What the page does for the engine's {@code reset}. */
    public static Effect of(Reset reset) {
        switch (reset) {
            case TRAINING:
                return TRAINING;
            case TASK:
                return TASK;
            case RESHAPE:
                return RESHAPE;
            case NETWORK:
                return NETWORK;
            case NEW_DATA:
                return NEW_DATA;
            default:
                return VIEW;
        }
    }
}
