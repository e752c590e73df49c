package backprop.engine.state;

import backprop.engine.text.NumberText;
import java.util.Arrays;

/**
 * A fixed number of decimals written "0.05,0.1" (the textbook example's inputs, targets, weights
 * and biases), each within ±{@link #bound}. One or two lengths are allowed (biases: one per layer
 * or one per neuron). A value of another length, with a word that is not a number or with a
 * number beyond the bound keeps the current list, with a problem that says which entry is wrong.
 */
final class DecimalList extends ValueType<double[]> {
    private final int length;
    /** Another allowed length, or {@link #length} when only one is. */
    private final int otherLength;
    private final double bound;
    /** What the values are, for the problem about a wrong count ("weights w1..w8"). */
    private final String what;

    DecimalList(int length, int otherLength, double bound, String what) {
        this.length = length;
        this.otherLength = otherLength;
        this.bound = bound;
        this.what = what;
    }

    @Override
    String format(double[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ",").append(NumberText.format(values[i]));
        }
        return s.toString();
    }

    @Override
    double[] read(String key, String text, double[] current, PresetReader reader) {
        double[] read = new double[Math.max(length, otherLength) + 1];
        int n = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            String item = text.substring(start, end).trim();
            start = end + 1;
            if (n == read.length) {
                n++;
                break;
            }
            double d = NumberText.parse(item);
            if (d != d || item.isEmpty()) {
                reader.problem(key, text, "has '" + quote(item) + "', which is not a number", "kept " + format(current));
                return current;
            }
            if (!(Math.abs(d) <= bound)) {
                reader.problem(key, text, "has " + quote(item) + ", outside " + describeBound(),
                        "kept " + format(current));
                return current;
            }
            read[n++] = d;
        }
        if (n != length && n != otherLength) {
            reader.problem(key, text, "has " + (n > read.length - 1 ? "more than " + (read.length - 1) : n)
                    + " numbers; it needs " + describeCount() + " (" + what + ")", "kept " + format(current));
            return current;
        }
        return Arrays.copyOf(read, n);
    }

    /** An entry as a problem quotes it: its start when it is long. */
    private static String quote(String item) {
        return item.length() > 24 ? item.substring(0, 24) + "\u2026" : item;
    }

    @Override
    boolean allows(double[] value) {
        if (value == null || value.length != length && value.length != otherLength) {
            return false;
        }
        for (double v : value) {
            if (!(Math.abs(v) <= bound)) {
                return false;
            }
        }
        return true;
    }

    @Override
    String describe() {
        return describeCount() + " numbers in " + describeBound();
    }

    private String describeCount() {
        return length == otherLength ? Integer.toString(length) : length + " or " + otherLength;
    }

    private String describeBound() {
        return "[" + NumberText.format(-bound) + ", " + NumberText.format(bound) + "]";
    }

    @Override
    boolean same(double[] a, double[] b) {
        return Arrays.equals(a, b);
    }

    @Override
    int hash(double[] value) {
        return Arrays.hashCode(value);
    }

    @Override
    double[] copy(double[] value) {
        return value == null ? null : value.clone();
    }
}
