package backprop.ui.base;

/**
 * A tiny HTML writer for the step-through panel: text is escaped, and every
 * number goes out as {@code <span class="num" data-value="…">} with its exact
 * double beside the text people read (tests read both): rounded by {@link Format#number},
 * or with all its digits ({@link Format#all}) when the writer is made for "all digits".
 */
public final class Html {
    private final StringBuilder out = new StringBuilder();
    private final boolean allDigits;

    /** A writer that rounds its numbers. */
    public Html() {
        this(false);
    }

    /** A writer that shows every number with all its digits when {@code allDigits}, else rounded. */
    public Html(boolean allDigits) {
        this.allDigits = allDigits;
    }

    public Html text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '"') {
                out.append("&quot;");
            } else {
                out.append(c);
            }
        }
        return this;
    }

    /** Raw markup (only for tags this code writes). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    public Html open(String tag, String className) {
        out.append('<').append(tag);
        if (className != null) {
            out.append(" class=\"").append(className).append('"');
        }
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A number with an id (or none when {@code id} is null), rounded or with all its digits. */
    public Html num(String id, double value) {
        return num(id, value, allDigits ? Format.all(value) : show(value));
    }

    /**
     * A weight or bias beside its change: rounded by {@link #precise} so that the change shows,
     * or with all its digits.
     */
    public Html weight(String id, double value, double change) {
        return num(id, value, allDigits ? Format.all(value) : precise(value, change));
    }

    /** A number shown as {@code shown}. */
    public Html num(String id, double value, String shown) {
        out.append("<span class=\"num\"");
        if (id != null) {
            out.append(" id=\"").append(id).append('"');
        }
        out.append(" data-value=\"").append(Double.toString(value)).append("\">");
        text(shown);
        out.append("</span>");
        return this;
    }

    /** A number in a product or sum: in brackets when negative, so "0.5·(-1.2)" reads right. */
    public Html factor(String id, double value) {
        boolean negative = value < 0;
        if (negative) {
            out.append('(');
        }
        num(id, value);
        if (negative) {
            out.append(')');
        }
        return this;
    }

    /** A number rounded by the one rule of {@link Format#number}. */
    public static String show(double value) {
        return Format.number(value);
    }

    /**
     * A weight before or after a small change: enough decimals that the change
     * shows with about three significant digits (at least 4, at most 12 decimals).
     */
    public static String precise(double value, double change) {
        int decimals = 4;
        double c = Math.abs(change);
        if (c > 0 && c < 1) {
            decimals = Math.max(4, Math.min(12, 2 - (int) Math.floor(Math.log10(c))));
        }
        return Format.fixed(value, decimals);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
