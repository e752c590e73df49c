package backprop.engine.state;

import backprop.engine.text.NumberText;

/**
 * A fixed number of decimals, written "0.5,-1,2" (a lesson's inputs, weights or biases). Reading
 * keeps the current list when the text does not hold exactly that many numbers, and clamps a number
 * outside [min, max] to the bound, each with a problem naming the key.
 */
final class NumberList extends DecimalArrayType {
    private final int count;
    private final double min;
    private final double max;

    NumberList(int count, double min, double max) {
        this.count = count;
        this.min = min;
        this.max = max;
    }

    @Override
    String format(double[] values) {
        return join(values);
    }

    /** The numbers as URL text, "0.5,-1,2" (shortest round-trip decimals); {@link RateList} writes its rates so too. */
    static String join(double[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ",").append(NumberText.format(values[i]));
        }
        return s.toString();
    }

    @Override
    double[] read(String key, String text, double[] current, PresetReader reader) {
        double[] values = new double[count];
        int n = 0;
        int start = 0;
        boolean clamped = false;
        while (start <= text.length()) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            double d = NumberText.parse(text.substring(start, end).trim());
            start = end + 1;
            if (d != d || n == count) {
                n = -1;
                break;
            }
            double used = Math.max(min, Math.min(max, d));
            clamped |= used != d;
            values[n++] = used;
        }
        if (n != count) {
            reader.kept(key, text, "is not a list of " + count + " numbers" + (count > 1 ? " separated by commas" : ""),
                    format(current));
            return current;
        }
        if (clamped) {
            reader.problem(key, text, "has a number outside " + range(), "used " + format(values));
        }
        return values;
    }

    private String range() {
        return "[" + NumberText.format(min) + ", " + NumberText.format(max) + "]";
    }

    @Override
    boolean allows(double[] value) {
        if (value == null || value.length != count) {
            return false;
        }
        for (double d : value) {
            if (!(d >= min && d <= max)) {
                return false;
            }
        }
        return true;
    }

    @Override
    String describe() {
        return count + " numbers in " + range();
    }
}
