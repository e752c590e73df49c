package backprop.engine;

/** A neuron's activation function f, and its derivative. (Ids only for now; the maths is added beside each.) */
public enum Activation {
    LINEAR("linear"),
    RELU("relu"),
    LEAKY_RELU("leakyrelu"),
    ELU("elu"),
    TANH("tanh"),
    SIGMOID("sigmoid"),
    SOFTMAX("softmax");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used in the URL and in JSON. */
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Activation fromId(String id) {
        for (Activation value : values()) {
            if (value.id.equals(id)) {
                return value;
            }
        }
        return null;
    }
}
