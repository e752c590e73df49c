package backprop.engine.nn;

import backprop.engine.text.Identified;

/**
 * How the weights and biases start. All randomness comes from the
 * {@link Rng} passed in, drawn layer by layer, weights in row-major order.
 */
public enum Init implements Identified {
    /** TensorFlow Playground's: every weight uniform in [−0.5, 0.5), every bias 0.1. */
    DEFAULT("default"),
    /** Every weight and bias 0 (all neurons of a layer then stay identical: a lesson in itself). */
    ZERO("zero"),
    /** Glorot/Xavier uniform: w uniform in [−r, r) with r = √(6 / (fanIn + fanOut)); biases 0. */
    XAVIER("xavier"),
    /** He normal: w ~ N(0, 2 / fanIn) (suits ReLU); biases 0. */
    HE("he");

    private final String id;

    Init(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Init fromId(String id) {
        return Identified.byId(values(), id);
    }

    /** Fills one weight layer ([fanOut][fanIn] row-major) and its biases. */
    void fill(double[] weights, double[] biases, int fanIn, int fanOut, Rng rng) {
        switch (this) {
            case DEFAULT:
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = rng.nextDouble() - 0.5;
                }
                java.util.Arrays.fill(biases, 0.1);
                return;
            case ZERO:
                java.util.Arrays.fill(weights, 0.0);
                java.util.Arrays.fill(biases, 0.0);
                return;
            case XAVIER:
                double r = Math.sqrt(6.0 / (fanIn + fanOut));
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = rng.uniform(-r, r);
                }
                java.util.Arrays.fill(biases, 0.0);
                return;
            default:
                double sd = Math.sqrt(2.0 / fanIn);
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = sd * rng.nextGaussian();
                }
                java.util.Arrays.fill(biases, 0.0);
        }
    }
}
