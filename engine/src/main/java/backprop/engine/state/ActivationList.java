package backprop.engine.state;

import backprop.engine.nn.Activation;
import java.util.Arrays;

/**
 * An activation per hidden layer, input side first, written "relu,,sigmoid": an empty entry (null)
 * means "the global {@code activation}". The canonical list has no trailing empty entry, so a
 * list that changes nothing is the default, empty one. Reading keeps what it can: an unknown
 * name or softmax (not elementwise) is read as empty, entries beyond the most layers are dropped,
 * each with a problem naming the key.
 */
final class ActivationList extends ValueType<Activation[]> {
    private final int maxLayers;

    ActivationList(int maxLayers) {
        this.maxLayers = maxLayers;
    }

    @Override
    String format(Activation[] list) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < list.length; i++) {
            s.append(i == 0 ? "" : ",").append(list[i] == null ? "" : list[i].id());
        }
        return s.toString();
    }

    @Override
    Activation[] read(String key, String text, Activation[] current, PresetReader reader) {
        String[] parts = entries(text);
        int n = Math.min(parts.length, maxLayers);
        if (parts.length > maxLayers) {
            reader.problem(key, text, "names more than " + maxLayers + " layers", "used the first " + maxLayers);
        }
        Activation[] list = new Activation[n];
        for (int i = 0; i < n; i++) {
            String id = parts[i].trim();
            if (id.isEmpty()) {
                continue;
            }
            Activation a = Activation.fromId(id);
            if (a == null || !a.elementwise()) {
                reader.problem(key, text, "entry " + (i + 1) + " is not an activation a hidden layer can use",
                        "layer " + (i + 1) + " uses the global activation");
            } else {
                list[i] = a;
            }
        }
        return canonical(list);
    }

    /**
     * The comma-separated entries of {@code text}, empty ones included ("a,,b" has three). By hand:
     * String.split would bring the regular expressions into the page's code (about 40 KB of Brotli).
     */
    static String[] entries(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            count += text.charAt(i) == ',' ? 1 : 0;
        }
        String[] parts = new String[count];
        int start = 0;
        for (int n = 0; n < count; n++) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            parts[n] = text.substring(start, end);
            start = end + 1;
        }
        return parts;
    }

    /** The list without its trailing empty entries. */
    static Activation[] canonical(Activation[] list) {
        return resized(list, list.length);
    }

    /**
     * The first {@code length} entries of {@code list}, without trailing empty entries. By hand:
     * Arrays.copyOf on an object array needs reflection in the page.
     */
    static Activation[] resized(Activation[] list, int length) {
        int n = Math.min(length, list.length);
        while (n > 0 && list[n - 1] == null) {
            n--;
        }
        if (n == list.length) {
            return list;
        }
        Activation[] copy = new Activation[n];
        for (int i = 0; i < n; i++) {
            copy[i] = list[i];
        }
        return copy;
    }

    @Override
    boolean allows(Activation[] value) {
        if (value == null || value.length > maxLayers || (value.length > 0 && value[value.length - 1] == null)) {
            return false;
        }
        for (Activation a : value) {
            if (a != null && !a.elementwise()) {
                return false;
            }
        }
        return true;
    }

    @Override
    String describe() {
        return "at most " + maxLayers + " hidden activations (no softmax), the last one not empty";
    }

    @Override
    boolean same(Activation[] a, Activation[] b) {
        return Arrays.equals(a, b);
    }

    @Override
    int hash(Activation[] value) {
        return Arrays.hashCode(value);
    }

    @Override
    Activation[] copy(Activation[] value) {
        return value == null ? null : value.clone();
    }
}
