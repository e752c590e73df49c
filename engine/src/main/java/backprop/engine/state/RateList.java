package backprop.engine.state;

import backprop.engine.text.NumberText;
import java.util.Arrays;

/**
 * A dropout rate per hidden layer, input side first, written "0.2,0,0.5" (an empty entry is 0).
 * The canonical list has no trailing 0, so "no dropout anywhere" is the default, empty list.
 * Reading clamps a rate outside [0, max] and reads a non-number as 0, drops entries beyond the
 * most layers, each with a problem naming the key.
 */
final class RateList extends DecimalArrayType {
    private final int maxLayers;
    private final double max;

    RateList(int maxLayers, double max) {
        this.maxLayers = maxLayers;
        this.max = max;
    }

    @Override
    String format(double[] rates) {
        return NumberList.join(rates);
    }

    @Override
    double[] read(String key, String text, double[] current, PresetReader reader) {
        String[] parts = ActivationList.entries(text);
        int n = Math.min(parts.length, maxLayers);
        if (parts.length > maxLayers) {
            reader.problem(key, text, "names more than " + maxLayers + " layers", "used the first " + maxLayers);
        }
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            double d = NumberText.parse(part);
            if (d != d) {
                reader.problem(key, text, "entry " + (i + 1) + " is not a number", "layer " + (i + 1) + " drops nothing");
                continue;
            }
            double used = Math.max(0, Math.min(max, d));
            if (used != d) {
                reader.problem(key, text, "has a rate outside [0, " + NumberText.format(max) + "]",
                        "layer " + (i + 1) + " uses " + NumberText.format(used));
            }
            rates[i] = used;
        }
        return canonical(rates);
    }

    /** The list without its trailing zeros (−0 included). */
    static double[] canonical(double[] rates) {
        int n = rates.length;
        while (n > 0 && rates[n - 1] == 0) {
            n--;
        }
        return n == rates.length ? rates : Arrays.copyOf(rates, n);
    }

    @Override
    boolean allows(double[] value) {
        if (value == null || value.length > maxLayers || (value.length > 0 && value[value.length - 1] == 0)) {
            return false;
        }
        for (double d : value) {
            if (!(d >= 0 && d <= max) || Double.doubleToRawLongBits(d) == Long.MIN_VALUE) {
                return false;
            }
        }
        return true;
    }

    @Override
    String describe() {
        return "at most " + maxLayers + " rates in [0, " + NumberText.format(max) + "], the last one not 0";
    }
}
