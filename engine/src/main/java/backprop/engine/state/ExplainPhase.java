package backprop.engine.state;

/**
 * The four phases of one training step that the step-through view walks:
 * the forward pass, the loss, the backward pass and the weight update.
 */
public enum ExplainPhase {
    FORWARD("forward"),
    LOSS("loss"),
    BACKWARD("backward"),
    UPDATE("update");

    private final String id;

    ExplainPhase(String id) {
        this.id = id;
    }

    /** The name used in the URL. */
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static ExplainPhase fromId(String id) {
        for (ExplainPhase value : values()) {
            if (value.id.equals(id)) {
                return value;
            }
        }
        return null;
    }

    /** Whether this phase goes layer by layer (forward and backward). */
    public boolean layered() {
        return this == FORWARD || this == BACKWARD;
    }
}
