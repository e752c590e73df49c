package backprop.engine;

/** Penalty on the weights (not biases), scaled by the regularization rate. */
public enum Regularization {
    NONE("none"),
    L1("L1"),
    L2("L2");

    private final String id;

    Regularization(String id) {
        this.id = id;
    }

    /** The name used in the URL and in JSON. */
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Regularization fromId(String id) {
        for (Regularization value : values()) {
            if (value.id.equals(id)) {
                return value;
            }
        }
        return null;
    }
}
