package backprop.engine.export;

import backprop.engine.text.NumberText;

/**
 * A small builder of source text: lines at the current indentation, and numbers and comments
 * written so that every target language reads them the same way.
 */
final class CodeText {
    private final String indentUnit;
    private final StringBuilder text = new StringBuilder();
    private int depth;

    /** {@code indentUnit} is one level of indentation, e.g. four spaces. */
    CodeText(String indentUnit) {
        this.indentUnit = indentUnit;
    }

    /** One line at the current indentation (an empty line stays empty). */
    CodeText line(String line) {
        if (!line.isEmpty()) {
            for (int i = 0; i < depth; i++) {
                text.append(indentUnit);
            }
        }
        text.append(line).append('\n');
        return this;
    }

    /** An empty line. */
    CodeText blank() {
        text.append('\n');
        return this;
    }

    /** Indents the lines that follow by one more level. */
    CodeText in() {
        depth++;
        return this;
    }

    /** Undoes one {@link #in}. */
    CodeText out() {
        if (depth == 0) {
            throw new IllegalStateException("out() without a matching in()");
        }
        depth--;
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * {@code v} as a floating-point literal that Python, Java and JavaScript all read back to
     * exactly {@code v}: the shortest round-trip decimal ({@link NumberText#format}), with ".0"
     * added to a whole number so that Java does not take it for an int literal (which would be
     * too large beyond 2³¹).
     *
     * @throws IllegalArgumentException for NaN or an infinity, which no language writes as a literal
     */
    static String number(double v) {
        if (v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("cannot write " + NumberText.format(v) + " as a number in code");
        }
        String s = NumberText.format(v);
        return s.indexOf('.') >= 0 || s.indexOf('e') >= 0 ? s : s + ".0";
    }

    /** The values as a comma-separated list of {@link #number}s. */
    static String numbers(double[] values, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(i == from ? "" : ", ").append(number(values[i]));
        }
        return s.toString();
    }

    /** All of {@code values}, as {@link #numbers(double[], int, int)}. */
    static String numbers(double[] values) {
        return numbers(values, 0, values.length);
    }

    /**
     * Free text made safe for a one-line comment in every language: printable ASCII only, with
     * no backslash (Java reads backslash-u escapes even in comments, and one could end the line).
     */
    static String commentText(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= ' ' && c <= '~' && c != '\\' ? c : '?');
        }
        return out.toString();
    }
}
