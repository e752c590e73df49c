package backprop.engine.formula;

/**
 * How one programming language spells the parts of a formula that differ between languages:
 * numbers, the constants pi and e, the functions and the power. The rest — x, y, + − × ÷ and
 * unary minus — Java, JavaScript and Python write alike, and {@link Formula#toCode} writes it
 * itself, with the parentheses that keep the tree's order of operations, so that the code takes the
 * same steps as {@link Formula#value}.
 *
 * <p>A leaf is <em>alone</em> when the operation it belongs to has no x or y in it (the 2 and the
 * 0 of {@code 2/0}, the 2 of {@code sin(2)}), or when it is the whole formula. There a language
 * may have to write a typed value instead of a plain literal: Python's own floats raise an error
 * on 1/0, and PyTorch's functions take tensors only.
 */
public interface CodeDialect {
    /** The number {@code v} (finite and not negative: a minus is a separate negation). */
    String number(double v, boolean alone);

    /** The constant π. */
    String pi(boolean alone);

    /** The constant e. */
    String e(boolean alone);

    /**
     * The function {@code name} — one of sin, cos, tan, tanh, exp, log (natural), abs, sqrt —
     * of {@code argument}, already written in this dialect.
     */
    String function(String name, String argument);

    /**
     * {@code base} to the power {@code exponent}, as Java's {@code Math.pow} computes it (NaN for
     * 1 to the power NaN or ±∞, where C's pow gives 1).
     */
    String power(String base, String exponent);
}
