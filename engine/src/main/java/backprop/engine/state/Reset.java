package backprop.engine.state;

/**
 * What a change of one key of the share state invalidates, from least to most. Follows
 * TensorFlow Playground: the learning rate changes live, the network's settings rebuild the
 * network from its seed, the data's settings make new data too; ours (optimizer and its
 * parameters) change live, the loss keeps the weights. Unlike TensorFlow Playground, shape, input
 * features and hidden activation reshape the running network, which keeps learning, unless the
 * preset's {@code startOver} asks for a rebuild. A change of several keys does the largest of
 * their resets ({@link #max}): the order of the constants is that ranking.
 */
public enum Reset {
    /** Only the drawing changes (show test data, discretize, the step-through view, speed…). */
    VIEW,
    /** Training goes on with new settings (learning rate, optimizer and its parameters). */
    TRAINING,
    /** Training goes on with a new loss (and the output activation it needs); the weights are kept. */
    TASK,
    /** Shape, input features or hidden activation: the running network is reshaped and keeps learning. */
    RESHAPE,
    /** The network starts over from its seed (regularization, batch size, initialisation). */
    NETWORK,
    /** New data and a new network (dataset, noise, ratio, problem, seed, uploaded dataset). */
    NEW_DATA;

    /** The larger of the two resets: a rebuilt network needs no reshaping, new data no rebuild on old data. */
    public Reset max(Reset other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
