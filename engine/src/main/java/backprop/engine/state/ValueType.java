package backprop.engine.state;

import backprop.engine.text.NumberText;
import java.util.Objects;

/**
 * How one kind of value of the share state is written into the URL, read back from it (never
 * throwing: a value it cannot use keeps the current one, with a problem naming the key),
 * compared, copied and checked against its limits. {@link Key} pairs one with a field of
 * {@link Preset}; the kinds with more to say live in {@link Choice}, {@link LayerList} and
 * {@link TextValue}.
 *
 * @param <T> the field's type (boxed for the primitive fields)
 */
abstract class ValueType<T> {
    /** The value as URL text, percent-escaped where it needs to be. */
    abstract String format(T value);

    /**
     * The value {@code text} stands for under {@code key}; {@code current} when it cannot be
     * used, with a problem told to {@code reader}. {@code text} is never blank unless
     * {@link #readsBlank()}.
     */
    abstract T read(String key, String text, T current, PresetReader reader);

    /** Whether an empty value means something (no hidden layer) instead of "keep the default". */
    boolean readsBlank() {
        return false;
    }

    /** Whether {@code value} lies within this type's limits. */
    abstract boolean allows(T value);

    /** What {@link #allows} asks, for a sentence "key must be …". */
    abstract String describe();

    /** Equality as {@link Object#equals} (for numbers: −0 is not 0, NaN is NaN). */
    boolean same(T a, T b) {
        return Objects.equals(a, b);
    }

    int hash(T value) {
        return Objects.hashCode(value);
    }

    /** A copy that shares nothing mutable with {@code value}. */
    T copy(T value) {
        return value;
    }

    /** A boolean: true unless the text is exactly {@code false}, as in TensorFlow Playground. */
    static final ValueType<Boolean> BOOLEAN = new ValueType<>() {
        @Override
        String format(Boolean value) {
            return value ? "true" : "false";
        }

        @Override
        Boolean read(String key, String text, Boolean current, PresetReader reader) {
            boolean value = !text.equals("false");
            if (!value || text.equals("true")) {
                return value;
            }
            reader.problem(key, text, "is not true or false", "read as true (only 'false' is false)");
            return true;
        }

        @Override
        boolean allows(Boolean value) {
            return value != null;
        }

        @Override
        String describe() {
            return "true or false";
        }
    };

    /** A whole number in [min, max]: fractions are rounded half up, values outside clamped. */
    static ValueType<Integer> whole(int min, int max) {
        return new ValueType<>() {
            @Override
            String format(Integer value) {
                return Integer.toString(value);
            }

            @Override
            Integer read(String key, String text, Integer current, PresetReader reader) {
                double d = NumberText.parse(text.trim());
                if (d != d) {
                    reader.kept(key, text, "is not a number", String.valueOf(current));
                    return current;
                }
                double rounded = Math.floor(d + 0.5);
                int used = (int) Math.max(min, Math.min(max, rounded));
                if (rounded < min || rounded > max) {
                    reader.problem(key, text, "is outside " + min + ".." + max, "used " + used);
                } else if (rounded != d) {
                    reader.problem(key, text, "is not a whole number", "used " + used);
                }
                return used;
            }

            @Override
            boolean allows(Integer value) {
                return value != null && value >= min && value <= max;
            }

            @Override
            String describe() {
                return "in " + min + ".." + max;
            }
        };
    }

    /** One of a few whole numbers, written exactly (the digits' side: 28 or 14). */
    static ValueType<Integer> oneOf(int first, int second) {
        return new ValueType<>() {
            @Override
            String format(Integer value) {
                return Integer.toString(value);
            }

            @Override
            Integer read(String key, String text, Integer current, PresetReader reader) {
                String s = text.trim();
                if (s.equals(format(first)) || s.equals(format(second))) {
                    return s.equals(format(first)) ? first : second;
                }
                reader.kept(key, text, "is not " + describe(), String.valueOf(current));
                return current;
            }

            @Override
            boolean allows(Integer value) {
                return value != null && (value == first || value == second);
            }

            @Override
            String describe() {
                return first + " or " + second;
            }
        };
    }

    /**
     * A number between min and max; an inclusive bound clamps a value beyond it, an exclusive one
     * keeps the current value.
     */
    static ValueType<Double> decimal(double min, boolean minInclusive, double max, boolean maxInclusive) {
        return new ValueType<>() {
            @Override
            String format(Double value) {
                return NumberText.format(value);
            }

            @Override
            Double read(String key, String text, Double current, PresetReader reader) {
                double d = NumberText.parse(text.trim());
                if (d != d) {
                    reader.kept(key, text, "is not a number", NumberText.format(current));
                    return current;
                }
                if (d < min || (d == min && !minInclusive)) {
                    return outOfRange(key, text, (minInclusive ? "is below " : "is not above ")
                            + NumberText.format(min), minInclusive, min, current, reader);
                }
                if (d > max || (d == max && !maxInclusive)) {
                    return outOfRange(key, text, (maxInclusive ? "is above " : "is not below ")
                            + NumberText.format(max), maxInclusive, max, current, reader);
                }
                return d;
            }

            private double outOfRange(String key, String text, String why, boolean clamp, double bound,
                    double current, PresetReader reader) {
                if (!clamp) {
                    reader.kept(key, text, why, NumberText.format(current));
                    return current;
                }
                reader.problem(key, text, why, "used " + NumberText.format(bound));
                return bound;
            }

            @Override
            boolean allows(Double value) {
                return value != null && (minInclusive ? value >= min : value > min)
                        && (maxInclusive ? value <= max : value < max);
            }

            @Override
            String describe() {
                return "in " + (minInclusive ? "[" : "(") + NumberText.format(min) + ", " + NumberText.format(max)
                        + (maxInclusive ? "]" : ")");
            }
        };
    }
}
