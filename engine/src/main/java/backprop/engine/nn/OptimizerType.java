package backprop.engine.nn;

/** Which rule turns gradients into weight changes. */
public enum OptimizerType {
    SGD("sgd"),
    MOMENTUM("momentum"),
    ADAM("adam");

    private final String id;

    OptimizerType(String id) {
        this.id = id;
    }

    /** The name used in the URL and in JSON. */
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static OptimizerType fromId(String id) {
        for (OptimizerType value : values()) {
            if (value.id.equals(id)) {
                return value;
            }
        }
        return null;
    }
}
