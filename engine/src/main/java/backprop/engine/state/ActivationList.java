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
        String[] parts = text.split(",", -1);
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

    /** The list without its trailing empty entries. */
    static Activation[] canonical(Activation[] list) {
        int n = list.length;
        while (n > 0 && list[n - 1] == null) {
            n--;
        }
        return n == list.length ? list : Arrays.copyOf(list, n);
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
