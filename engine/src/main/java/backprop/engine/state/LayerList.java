package backprop.engine.state;

import backprop.engine.text.NumberText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Neurons per hidden layer, input side first, written "4,2"; an empty value means no hidden
 * layer. Reading drops layers beyond the most allowed and clamps sizes, with a problem.
 */
final class LayerList extends ValueType<int[]> {
    private final int maxLayers;
    private final int min;
    private final int max;
    /** A list to quote in the problem about an unreadable value. */
    private final String example;

    LayerList(int maxLayers, int min, int max, String example) {
        this.maxLayers = maxLayers;
        this.min = min;
        this.max = max;
        this.example = example;
    }

    int maxLayers() {
        return maxLayers;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    /** "4,2" for {4, 2}; "" for no hidden layer. */
    @Override
    String format(int[] neurons) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < neurons.length; i++) {
            s.append(i == 0 ? "" : ",").append(neurons[i]);
        }
        return s.toString();
    }

    @Override
    boolean readsBlank() {
        return true;
    }

    @Override
    int[] read(String key, String text, int[] current, PresetReader reader) {
        List<String> notes = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<Integer> layers = new ArrayList<>();
        int start = text.trim().isEmpty() ? text.length() + 1 : 0;
        while (start <= text.length()) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            String item = text.substring(start, end).trim();
            start = end + 1;
            if (item.isEmpty()) {
                addOnce(notes, "an empty entry");
                continue;
            }
            double d = NumberText.parse(item);
            if (d != d || d != Math.floor(d)) {
                reader.kept(key, text, "is not a list of whole numbers like " + example, format(current));
                return current;
            }
            double clamped = Math.max(min, Math.min(max, d));
            if (clamped != d) {
                addOnce(outside, NumberText.format(d));
            }
            if (layers.size() < maxLayers) {
                layers.add((int) clamped);
            } else {
                addOnce(notes, "more than " + maxLayers + " layers");
            }
        }
        int[] shape = new int[layers.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = layers.get(i);
        }
        if (!outside.isEmpty()) {
            notes.add(0, (outside.size() == 1 ? "a layer of " : "layers of ") + list(outside)
                    + " neurons, but a layer has " + min + " to " + max);
        }
        if (!notes.isEmpty()) {
            String used = shape.length == 0 ? "used no hidden layer"
                    : "used '" + format(shape) + "'" + (outside.isEmpty() ? "" : ", the closest shape that fits");
            reader.problem(key, text, "has " + list(notes), used);
        }
        return shape;
    }

    /** "a", "a and b", "a, b and c". */
    private static String list(List<String> items) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : i == items.size() - 1 ? " and " : ", ").append(items.get(i));
        }
        return s.toString();
    }

    private static void addOnce(List<String> notes, String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    @Override
    boolean allows(int[] value) {
        if (value == null || value.length > maxLayers) {
            return false;
        }
        for (int n : value) {
            if (n < min || n > max) {
                return false;
            }
        }
        return true;
    }

    @Override
    String describe() {
        return "0.." + maxLayers + " layers of " + min + ".." + max + " neurons";
    }

    @Override
    boolean same(int[] a, int[] b) {
        return Arrays.equals(a, b);
    }

    @Override
    int hash(int[] value) {
        return Arrays.hashCode(value);
    }

    @Override
    int[] copy(int[] value) {
        return value == null ? null : value.clone();
    }
}
