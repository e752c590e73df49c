package backprop.engine.data;

import backprop.engine.text.Identified;

/**
 * One input feature: a function of the raw point (x, y) that becomes one input
 * of the network. The ids are TensorFlow Playground's URL keys, so its links
 * keep their meaning here; the enum order is the canonical order of inputs.
 */
public enum Feature implements Identified {
    /** x itself. */
    X("x", "X\u2081"),
    /** y itself. */
    Y("y", "X\u2082"),
    /** x². */
    X_SQUARED("xSquared", "X\u2081\u00B2"),
    /** y². */
    Y_SQUARED("ySquared", "X\u2082\u00B2"),
    /** x·y. */
    X_TIMES_Y("xTimesY", "X\u2081X\u2082"),
    /** sin x (x in radians). */
    SIN_X("sinX", "sin(X\u2081)"),
    /** sin y. */
    SIN_Y("sinY", "sin(X\u2082)"),
    /** cos x. */
    COS_X("cosX", "cos(X\u2081)"),
    /** cos y. */
    COS_Y("cosY", "cos(X\u2082)");

    private final String id;
    private final String label;

    Feature(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** What the page shows beside the input neuron, e.g. "X₁²". */
    public String label() {
        return label;
    }

    /** The feature's value at the point (x, y). */
    public double value(double x, double y) {
        switch (this) {
            case X:
                return x;
            case Y:
                return y;
            case X_SQUARED:
                return x * x;
            case Y_SQUARED:
                return y * y;
            case X_TIMES_Y:
                return x * y;
            case SIN_X:
                return Math.sin(x);
            case SIN_Y:
                return Math.sin(y);
            case COS_X:
                return Math.cos(x);
            case COS_Y:
                return Math.cos(y);
            default:
                throw new IllegalStateException("no value function for " + this);
        }
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Feature fromId(String id) {
        return Identified.byId(values(), id);
    }
}
