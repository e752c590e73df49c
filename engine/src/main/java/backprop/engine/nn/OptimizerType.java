package backprop.engine.nn;

import backprop.engine.text.Identified;

/** Which rule turns gradients into weight changes. */
public enum OptimizerType implements Identified {
    SGD("sgd"),
    MOMENTUM("momentum"),
    ADAM("adam");

    private final String id;

    OptimizerType(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static OptimizerType fromId(String id) {
        return Identified.byId(values(), id);
    }
}
