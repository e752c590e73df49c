package backprop.engine.nn;

import backprop.engine.text.NumberText;

/** Preconditions with messages a person can act on; every failure is an {@link IllegalArgumentException}. */
public final class Checks {
    private Checks() {
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    public static double finite(double value, String name) {
        if (!MathFunctions.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + NumberText.format(value));
        }
        return value;
    }

    public static double nonNegative(double value, String name) {
        finite(value, name);
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, got " + NumberText.format(value));
        }
        return value;
    }

    /** A fraction in [0, 1), such as a momentum or Adam decay rate. */
    static double decayRate(double value, String name) {
        finite(value, name);
        if (value < 0 || value >= 1) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + NumberText.format(value));
        }
        return value;
    }

    /** {@code values[offset .. offset + width)} must exist. */
    public static void slice(double[] values, int offset, int width, String name) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (offset < 0 || offset > values.length - width) {
            throw new IllegalArgumentException(name + " needs " + width + " values from offset " + offset
                    + ", but the array has " + values.length);
        }
    }

    public static int index(int index, int size, String name) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(name + " must be in 0.." + (size - 1) + ", got " + index);
        }
        return index;
    }
}
