package backprop.engine.data;

/** Classification (labels) or regression (a number per point). */
public enum Problem {
    CLASSIFICATION("classification"),
    REGRESSION("regression");

    private final String id;

    Problem(String id) {
        this.id = id;
    }

    /** The name used in the URL and in JSON. */
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Problem fromId(String id) {
        for (Problem value : values()) {
            if (value.id.equals(id)) {
                return value;
            }
        }
        return null;
    }
}
