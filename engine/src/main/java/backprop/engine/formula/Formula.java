package backprop.engine.formula;

/**
 * A formula of x (and y) a person typed, read once and evaluated many times: {@code sin(3x)},
 * {@code x*y*y}, {@code exp(-(x^2+y^2)/8)}. Knows sin, cos, tan, tanh, exp, log (natural), abs,
 * sqrt, + − × ÷ ^, pi, e and implicit products ({@code 3x}, {@code 2sin(x)}); see
 * {@link FormulaParser} for the grammar and the limits. Immutable. Its {@link #toString} is the
 * canonical form, which reads back to the same formula.
 */
public final class Formula {
    /** The longest formula {@link #parse} reads, in characters. */
    public static final int MAX_LENGTH = FormulaParser.MAX_LENGTH;

    private final Node root;
    private final String canonical;

    private Formula(Node root) {
        this.root = root;
        StringBuilder s = new StringBuilder();
        root.write(s);
        this.canonical = s.toString();
    }

    /** Reads a formula of x and y; throws {@link FormulaException} (with the position) when it cannot. */
    public static Formula parse(String text) {
        return new Formula(FormulaParser.parse(text, true));
    }

    /** Reads a formula of x alone (a boundary y &gt; f(x)); y is an error at its position. */
    public static Formula parseOfX(String text) {
        return new Formula(FormulaParser.parse(text, false));
    }

    /** The value at (x, y): NaN or ±∞ where the formula is not defined (say log(x) for x ≤ 0). */
    public double value(double x, double y) {
        return root.value(x, y);
    }

    /**
     * The formula as an expression of the variables {@code x} and {@code y} in a programming
     * language: the same operations as {@link #value} in the same order, so the code's doubles
     * agree with it up to the last bit or so of the language's own sin, log… ({@link CodeDialect}).
     * Where the value is NaN or infinite, so is the code's.
     */
    public String toCode(CodeDialect dialect) {
        return root.code(dialect, root.constant());
    }

    /** Whether neither x nor y appears in the formula: its value is the same at every point. */
    public boolean constant() {
        return root.constant();
    }

    /** Whether y appears in the formula. */
    public boolean usesY() {
        return root.usesY();
    }

    /** Equal when the canonical forms are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Formula && canonical.equals(((Formula) o).canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** The canonical form: explicit *, no spaces, the fewest parentheses that read back to the same formula. */
    @Override
    public String toString() {
        return canonical;
    }
}
