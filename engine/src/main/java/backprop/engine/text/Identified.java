package backprop.engine.text;

/**
 * A choice with a short name of its own in the URL and in JSON ({@code tanh}, {@code reg-plane},
 * {@code crossEntropy}): the enums of activations, losses, datasets, features and the other
 * choices of the share state. The codec reads and writes every choice through this one interface.
 */
public interface Identified {
    /** The name used in the URL and in JSON. */
    String id();

    /** The option whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    static <T extends Identified> T byId(T[] options, String id) {
        for (T option : options) {
            if (option.id().equals(id)) {
                return option;
            }
        }
        return null;
    }
}
