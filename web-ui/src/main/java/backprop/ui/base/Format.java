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

    /** Significant digits of the numbers people read. */
    public static final int DIGITS = 4;

    /**
     * A number as the step-through and the panels show it, one rule for all: {@link #DIGITS}
     * significant digits; scientific notation ("3.229e-9", "1.234e5") below 1e−3 and from 1e5 on,
     * plain decimals ("0.03", "0.1235", "1234") between; trailing zeros are dropped only when the
     * number is exactly what is left ("0.03", "1"), so "1.000" says "1, rounded".
     */
    public static String number(double value) {
        if (value != value || value == Double.POSITIVE_INFINITY || value == Double.NEGATIVE_INFINITY || value == 0) {
            return NumberText.format(value);
        }
        double a = Math.abs(value);
        String rounded = NumberText.significant(a, DIGITS);
        String shortest = NumberText.format(a);
        boolean exact = digitsOf(shortest).length() <= DIGITS;
        String digits = digitsOf(rounded) + "000";
        return layout(value < 0, digits.substring(0, DIGITS), exponentOf(rounded), exact);
    }

    /**
     * A number with all its digits: the shortest decimal that reads back to exactly {@code value}
     * (so that the arithmetic can be redone by hand to the last bit), laid out by the same rule
     * as {@link #number}.
     */
    public static String all(double value) {
        if (value != value || value == Double.POSITIVE_INFINITY || value == Double.NEGATIVE_INFINITY || value == 0) {
            return NumberText.format(value);
        }
        String shortest = NumberText.format(Math.abs(value));
        return layout(value < 0, digitsOf(shortest), exponentOf(shortest), true);
    }

    /** The significant digits of a positive number's text ("0.03000" → "3000", "1.5e-7" → "15"). */
    private static String digitsOf(String text) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9' && (d.length() > 0 || c != '0')) {
                d.append(c);
            }
        }
        return d.toString();
    }

    /** The power of ten of the first significant digit of a positive number's text ("0.03" → −2). */
    private static int exponentOf(String text) {
        int e = text.indexOf('e');
        if (e < 0) {
            e = text.indexOf('E');
        }
        String mantissa = e < 0 ? text : text.substring(0, e);
        int shift = 0;
        if (e >= 0) {
            int from = text.charAt(e + 1) == '+' ? e + 2 : e + 1;
            shift = (int) NumberText.parse(text.substring(from)); // not Integer.parseInt: see Controls.whole
        }
        int point = mantissa.indexOf('.');
        if (point < 0) {
            point = mantissa.length();
        }
        int first = 0;
        while (first < mantissa.length() && (mantissa.charAt(first) == '0' || mantissa.charAt(first) == '.')) {
            first++;
        }
        return (first < point ? point - first - 1 : point - first) + shift;
    }

    /** Digits d₁d₂… with d₁ at 10^exponent, laid out by {@link #number}'s rule. */
    private static String layout(boolean negative, String digits, int exponent, boolean trim) {
        StringBuilder out = new StringBuilder(negative ? "-" : "");
        if (exponent < -3 || exponent >= 5) {
            out.append(digits.charAt(0));
            appendFraction(out, digits.substring(1), trim);
            return out.append('e').append(exponent).toString();
        }
        if (exponent >= 0) {
            for (int i = 0; i <= exponent; i++) {
                out.append(i < digits.length() ? digits.charAt(i) : '0');
            }
            appendFraction(out, digits.length() > exponent + 1 ? digits.substring(exponent + 1) : "", trim);
        } else {
            StringBuilder fraction = new StringBuilder();
            for (int i = -1; i > exponent; i--) {
                fraction.append('0');
            }
            out.append('0');
            appendFraction(out, fraction.append(digits).toString(), trim);
        }
        return out.toString();
    }

    private static void appendFraction(StringBuilder out, String fraction, boolean trim) {
        int end = fraction.length();
        while (trim && end > 0 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0) {
            out.append('.').append(fraction, 0, end);
        }
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
