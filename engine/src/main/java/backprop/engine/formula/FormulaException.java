package backprop.engine.formula;

/**
 * A formula that cannot be read: what was wrong ("expected ')'") and the 0-based position of the
 * character where reading stopped, so the page can put a caret under it.
 */
public final class FormulaException extends IllegalArgumentException {
    private final String reason;
    private final int position;

    FormulaException(String reason, int position) {
        super(reason + " at " + position);
        this.reason = reason;
        this.position = position;
    }

    /** What was wrong, without the position. */
    public String reason() {
        return reason;
    }

    /** The 0-based index of the offending character (the text's length when it ended too early). */
    public int position() {
        return position;
    }
}
