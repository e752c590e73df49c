package backprop.engine.data;

import backprop.engine.text.Identified;

/** Classification (labels) or regression (a number per point). */
public enum Problem implements Identified {
    CLASSIFICATION("classification"),
    REGRESSION("regression");

    private final String id;

    Problem(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Problem fromId(String id) {
        return Identified.byId(values(), id);
    }
}
