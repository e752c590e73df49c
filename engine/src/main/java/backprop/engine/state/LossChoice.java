package backprop.engine.state;

import backprop.engine.data.Problem;
import backprop.engine.nn.Loss;
import backprop.engine.text.Identified;

/**
 * The loss as the user picks it (URL key {@code loss}). Cross-entropy becomes
 * binary cross-entropy for one output and categorical for several; regression
 * always uses the square loss.
 */
public enum LossChoice implements Identified {
    SQUARE("square"),
    CROSS_ENTROPY("crossEntropy");

    private final String id;

    LossChoice(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The loss for a network with {@code outputs} outputs solving {@code problem}. */
    public Loss resolve(Problem problem, int outputs) {
        if (this == SQUARE || problem == Problem.REGRESSION) {
            return Loss.SQUARE;
        }
        return outputs == 1 ? Loss.BINARY_CROSS_ENTROPY : Loss.CATEGORICAL_CROSS_ENTROPY;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static LossChoice fromId(String id) {
        return Identified.byId(values(), id);
    }
}
