package backprop.ui;

import backprop.ui.plot.EpochAxis;

/**
 * The change markers as the loss chart draws them: markers that would land closer than
 * {@link #MIN_GAP} pixels to each other are merged into one group, drawn once at its first
 * marker's column and labelled with its count. No two drawn markers overlap, and every change
 * (at or after the chart's first epoch) belongs to exactly one group, which lists it on hover or tap.
 */
final class MarkerGroups {
    /** The smallest distance in canvas pixels between two drawn markers. */
    static final double MIN_GAP = 10;

    private final ChangeMarkers markers;
    /** Marker indices by epoch (stable), only those on the chart. */
    private final int[] order;
    private final double[] xs;
    /** Group g holds order[start[g]] .. order[start[g + 1] - 1]. */
    private final int[] start;
    private final int groups;

    MarkerGroups(ChangeMarkers markers, EpochAxis axis, int firstEpoch) {
        this.markers = markers;
        int n = 0;
        int[] shown = new int[markers.size()];
        for (int i = 0; i < markers.size(); i++) {
            if (markers.epoch(i) >= firstEpoch) {
                int at = n++;
                while (at > 0 && markers.epoch(shown[at - 1]) > markers.epoch(i)) {
                    shown[at] = shown[at - 1];
                    at--;
                }
                shown[at] = i;
            }
        }
        order = shown;
        xs = new double[n];
        start = new int[n + 1];
        int g = 0;
        double groupX = 0;
        for (int k = 0; k < n; k++) {
            double x = axis.x(markers.epoch(shown[k]));
            if (g == 0 || x - groupX >= MIN_GAP) {
                groupX = x;
                xs[g] = x;
                start[g] = k;
                g++;
            }
        }
        start[g] = n;
        groups = g;
    }

    int size() {
        return groups;
    }

    /** The canvas column the group is drawn at. */
    double x(int group) {
        return xs[group];
    }

    /** How many changes the group stands for. */
    int count(int group) {
        return start[group + 1] - start[group];
    }

    /** The index (in {@link ChangeMarkers}) of the group's {@code k}-th change. */
    int marker(int group, int k) {
        return order[start[group] + k];
    }

    /** The group drawn within {@code reach} pixels of column {@code x}, the nearest; -1 when none. */
    int near(double x, double reach) {
        int best = -1;
        for (int g = 0; g < groups; g++) {
            double d = Math.abs(xs[g] - x);
            if (d <= reach && (best < 0 || d < Math.abs(xs[best] - x))) {
                best = g;
            }
        }
        return best;
    }

    /** The group that holds change {@code marker} (index in {@link ChangeMarkers}); -1 when it is not drawn. */
    int groupOf(int marker) {
        for (int g = 0; g < groups; g++) {
            for (int k = start[g]; k < start[g + 1]; k++) {
                if (order[k] == marker) {
                    return g;
                }
            }
        }
        return -1;
    }

    /** The short label drawn beside the marker: the change itself, or how many were merged. */
    String label(int group) {
        int n = count(group);
        return n == 1 ? markers.label(marker(group, 0)) : n + " changes";
    }

    /** What the tooltip lists: one line per change, "epoch 312: +1 neuron, layer 2". */
    String details(int group) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < count(group); k++) {
            int i = marker(group, k);
            text.append(k == 0 ? "" : "\n").append("epoch ").append(markers.epoch(i)).append(": ").append(markers.label(i));
        }
        return text.toString();
    }
}
