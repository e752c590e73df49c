package backprop.ui.base;

import backprop.engine.text.NumberText;

/** Numbers as the page shows them (no String.format: it is heavy under TeaVM). */
public final class Format {
    private Format() {
    }

    /** 1234 → "001,234", like TensorFlow Playground's counter. */
    public static String epoch(int epoch) {
        String digits = Integer.toString(epoch);
        while (digits.length() < 6) {
            digits = "0" + digits;
        }
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A loss with three decimals; "–" when there is none and "∞" when it diverged. */
    public static String loss(double value) {
        if (value != value) {
            return "–";
        }
        if (value == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        return fixed(value, 3);
    }

    /** A CSS length in pixels, to a tenth. */
    public static String px(double value) {
        return fixed(value, 1) + "px";
    }

    /** {@code value} rounded half away from zero to {@code decimals} places (none: no decimal point). */
    public static String fixed(double value, int decimals) {
        boolean negative = value < 0;
        double scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        double scaled = Math.floor(Math.abs(value) * scale + 0.5);
        if (scaled >= 1e15) {
            return NumberText.format(value);
        }
        String digits = Long.toString((long) scaled);
        while (digits.length() <= decimals) {
            digits = "0" + digits;
        }
        String text = decimals == 0 ? digits
                : digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals);
        return negative && scaled != 0 ? "-" + text : text;
    }
}
