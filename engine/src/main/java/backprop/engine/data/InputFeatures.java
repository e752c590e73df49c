package backprop.engine.data;

/**
 * Turns a raw 2-D point (x, y) into the network's input vector — the chosen
 * input features (x, y, x², sin x, …). The grid evaluation and the dataset
 * preparation both go through this one mapping.
 */
public interface InputFeatures {
    /** How many inputs the mapping produces. */
    int width();

    /** Writes the {@link #width()} inputs for point (x, y) into {@code into} from {@code offset}. */
    void compute(double x, double y, double[] into, int offset);
}
