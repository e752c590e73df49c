package backprop.engine;

/** How the weights and biases start. */
public enum Init {
    DEFAULT("default"),
    ZERO("zero"),
    XAVIER("xavier"),
    HE("he");

    private final String id;

    Init(String id) {
        this.id = id;
    }

    /** The name used in the URL and in JSON. */
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Init fromId(String id) {
        for (Init value : values()) {
            if (value.id.equals(id)) {
                return value;
            }
        }
        return null;
    }
}
