package backprop.engine.text;

/**
 * Numbers in URL text, without regex, {@code String.format} or TeaVM's own
 * double ↔ text conversions (all of them bloat the TeaVM bundle; the last two
 * carry large power-of-ten tables). Written as JavaScript's {@code Number.prototype.toString}
 * writes them — what TensorFlow Playground's links contain ("0.03", "0.00001",
 * "1e-8") — and read back to the same double.
 */
public final class NumberText {
    /** Longer text is not read as a number: no value of the share state needs more, and it bounds the work. */
    static final int MAX_LENGTH = 64;

    private NumberText() {
    }

    /**
     * The shortest digits that read back to {@code v} ({@link ShortestDecimal}: of
     * the shortest, the closest to {@code v}), laid out like JavaScript: plain
     * decimal for 1e−6 ≤ |v| &lt; 1e21, else d.ddde±x; "0" for ±0; "NaN",
     * "Infinity", "-Infinity" as Java writes them. {@code Double.parseDouble} and
     * {@link #parse} read back exactly {@code v}.
     */
    public static String format(double v) {
        if (v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
            return nonFinite(v);
        }
        if (v == 0) {
            return "0";
        }
        ShortestDecimal shortest = ShortestDecimal.of(Math.abs(v));
        String digits = shortest.digits;
        // |v| = 0.digits × 10^point
        int point = shortest.point;
        StringBuilder out = new StringBuilder(v < 0 ? "-" : "");
        int n = digits.length();
        if (point > 0 && point <= 21) {
            if (n <= point) {
                out.append(digits);
                for (int i = n; i < point; i++) {
                    out.append('0');
                }
            } else {
                out.append(digits, 0, point).append('.').append(digits, point, n);
            }
        } else if (point <= 0 && point > -6) {
            out.append("0.");
            for (int i = point; i < 0; i++) {
                out.append('0');
            }
            out.append(digits);
        } else {
            int x = point - 1;
            out.append(digits.charAt(0));
            if (n > 1) {
                out.append('.').append(digits, 1, n);
            }
            out.append('e').append(x >= 0 ? '+' : '-').append(Math.abs(x));
        }
        return out.toString();
    }

    /**
     * Whether {@code s} is a plain decimal number: optional sign, digits with an
     * optional point (at least one digit), optional exponent. Rejects what
     * {@code Double.parseDouble} would also take but a URL should not carry:
     * "NaN", "Infinity", hex, a trailing 'd' or 'f', spaces.
     */
    public static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * The value of a string that {@link #isDecimal} accepted, −0 turned into 0;
     * NaN when it cannot be read (never thrown) or is longer than {@link #MAX_LENGTH}.
     * Correctly rounded ({@link DecimalReader}: the nearest double, ties to even),
     * as {@code Double.parseDouble}; overflow gives ±Infinity, underflow 0 or a subnormal.
     */
    public static double parse(String s) {
        if (s.length() > MAX_LENGTH || !isDecimal(s)) {
            return Double.NaN;
        }
        return DecimalReader.read(s) + 0.0; // + 0.0 turns −0 into 0
    }

    /**
     * {@code v} rounded to {@code digits} significant digits (1..15) for a
     * person to read: plain decimals for 1e−4 ≤ |v| &lt; 1e6 ("0.01234",
     * "-12.35"), else "1.234e-7"; trailing zeros kept, so the precision shows.
     * "0" for zero; "NaN", "Infinity", "-Infinity" as Java writes them. Beyond
     * 1e±290 (where the scaling would overflow) all the digits, as {@link #format}.
     */
    public static String significant(double v, int digits) {
        if (v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
            return nonFinite(v);
        }
        if (digits < 1 || digits > 15) {
            throw new IllegalArgumentException("significant digits must be in 1..15, got " + digits);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int e = (int) Math.floor(Math.log10(a));
        if (e < -290 || e > 290) {
            return format(v); // 10^|p| would overflow in scale; all the shortest digits instead
        }
        long m = Math.round(scale(a, digits - 1 - e));
        long limit = 1;
        for (int i = 0; i < digits; i++) {
            limit *= 10;
        }
        if (m >= limit) {
            e++;
            m = Math.round(scale(a, digits - 1 - e));
        } else if (m < limit / 10) {
            e--;
            m = Math.round(scale(a, digits - 1 - e));
        }
        String d = Long.toString(m);
        StringBuilder out = new StringBuilder(v < 0 ? "-" : "");
        if (e >= -4 && e < 6) {
            if (e >= digits - 1) {
                out.append(d);
                for (int i = digits - 1; i < e; i++) {
                    out.append('0');
                }
            } else if (e >= 0) {
                out.append(d, 0, e + 1).append('.').append(d, e + 1, d.length());
            } else {
                out.append("0.");
                for (int i = -1; i > e; i--) {
                    out.append('0');
                }
                out.append(d);
            }
        } else {
            out.append(d.charAt(0));
            if (d.length() > 1) {
                out.append('.').append(d, 1, d.length());
            }
            out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return out.toString();
    }

    /** a·10^p, dividing by an exact power of ten when p &lt; 0 (fewer rounding steps than multiplying by 10^p). */
    private static double scale(double a, int p) {
        double ten = 1;
        for (int i = 0; i < Math.abs(p); i++) {
            ten *= 10;
        }
        return p >= 0 ? a * ten : a / ten;
    }

    /** NaN and the infinities as {@code Double.toString} writes them. */
    private static String nonFinite(double v) {
        return v != v ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
