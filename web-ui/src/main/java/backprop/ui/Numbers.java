package backprop.ui;

/** Plain decimal text for settings such as 0.00001 (Java's Double.toString would say 1.0E-5). */
final class Numbers {
    private Numbers() {
    }

    static String plain(double value) {
        String text = Double.toString(value);
        int e = text.indexOf('E');
        if (e < 0) {
            return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        }
        int exponent = Integer.parseInt(text.substring(e + 1));
        String mantissa = text.substring(0, e).replace(".", "");
        boolean negative = mantissa.startsWith("-");
        if (negative) {
            mantissa = mantissa.substring(1);
        }
        while (mantissa.length() > 1 && mantissa.endsWith("0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 1);
        }
        StringBuilder out = new StringBuilder(negative ? "-" : "");
        if (exponent < 0) {
            out.append("0.");
            for (int i = 1; i < -exponent; i++) {
                out.append('0');
            }
            out.append(mantissa);
        } else {
            out.append(mantissa);
            for (int i = mantissa.length() - 1; i < exponent; i++) {
                out.append('0');
            }
        }
        return out.toString();
    }
}
