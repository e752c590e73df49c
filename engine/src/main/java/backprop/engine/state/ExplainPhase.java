package backprop.engine.state;

import backprop.engine.text.Identified;

/**
 * The four phases of one training step that the step-through view walks:
 * the forward pass, the loss, the backward pass and the weight update.
 */
public enum ExplainPhase implements Identified {
    FORWARD("forward"),
    LOSS("loss"),
    BACKWARD("backward"),
    UPDATE("update");

    private final String id;

    ExplainPhase(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static ExplainPhase fromId(String id) {
        return Identified.byId(values(), id);
    }

    /** Whether this phase goes layer by layer (forward and backward). */
    public boolean layered() {
        return this == FORWARD || this == BACKWARD;
    }
}
