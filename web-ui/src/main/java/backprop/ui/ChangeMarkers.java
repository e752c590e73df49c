package backprop.ui;

/**
 * The changes of the network drawn on the loss chart: at which epoch, and a
 * short label of what changed ("+1 neuron, layer 2"). Bounded: the oldest
 * go first, so a long session costs the same to draw.
 */
final class ChangeMarkers {
    static final int CAPACITY = 48;

    private final int[] epochs = new int[CAPACITY];
    private final String[] labels = new String[CAPACITY];
    private int size;

    void add(int epoch, String label) {
        if (size == CAPACITY) {
            System.arraycopy(epochs, 1, epochs, 0, CAPACITY - 1);
            System.arraycopy(labels, 1, labels, 0, CAPACITY - 1);
            size--;
        }
        epochs[size] = epoch;
        labels[size] = label;
        size++;
    }

    /** Forgets the newest marker (its change was undone). */
    void removeLast() {
        if (size > 0) {
            size--;
            labels[size] = null;
        }
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    int epoch(int i) {
        return epochs[i];
    }

    String label(int i) {
        return labels[i];
    }
}
