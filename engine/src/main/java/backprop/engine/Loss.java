package backprop.engine;

/** The loss that compares the output o with the target t. */
public enum Loss {
    SQUARE("square"),
    BINARY_CROSS_ENTROPY("binaryCrossEntropy"),
    CATEGORICAL_CROSS_ENTROPY("crossEntropy");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    /** The name used in the URL and in JSON. */
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Loss fromId(String id) {
        for (Loss value : values()) {
            if (value.id.equals(id)) {
                return value;
            }
        }
        return null;
    }
}
