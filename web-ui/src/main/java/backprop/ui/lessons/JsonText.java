package backprop.ui.lessons;

import backprop.engine.text.NumberText;

/**
 * Writes one flat JSON object, member by member, for {@code window.playground.lesson()}: numbers
 * in their shortest exact decimal form (a non-finite one as {@code null}), text escaped.
 */
public final class JsonText {
    private final StringBuilder out = new StringBuilder("{");

    public JsonText number(String name, double value) {
        member(name).append(value == value && !Double.isInfinite(value) ? NumberText.format(value) : "null");
        return this;
    }

    public JsonText numbers(String name, double[] values) {
        StringBuilder s = member(name).append('[');
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            s.append(i == 0 ? "" : ",").append(v == v && !Double.isInfinite(v) ? NumberText.format(v) : "null");
        }
        s.append(']');
        return this;
    }

    public JsonText whole(String name, int value) {
        member(name).append(value);
        return this;
    }

    public JsonText flag(String name, boolean value) {
        member(name).append(value);
        return this;
    }

    /** A string, or {@code null} for a null one. */
    public JsonText text(String name, String value) {
        StringBuilder s = member(name);
        if (value == null) {
            s.append("null");
            return this;
        }
        quote(s, value);
        return this;
    }

    /** A member whose value is already JSON ({@code raw} must be valid JSON). */
    public JsonText raw(String name, String raw) {
        member(name).append(raw);
        return this;
    }

    private StringBuilder member(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        quote(out, name);
        return out.append(':');
    }

    private static void quote(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                s.append("\\u00").append(hex.length() == 1 ? "0" : "").append(hex);
            } else {
                s.append(c);
            }
        }
        s.append('"');
    }

    @Override
    public String toString() {
        return out + "}";
    }
}
