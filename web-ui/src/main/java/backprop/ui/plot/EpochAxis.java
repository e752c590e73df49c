package backprop.ui.plot;

import backprop.engine.train.EpochScale;

/**
 * The x-axis of the loss and ratio charts: from the first to the last epoch drawn, on the
 * {@link EpochScale} (linear for the first hundred epochs, logarithmic after), onto
 * {@code [left, left + width]} pixels. Also picks the epochs worth a tick label.
 */
public final class EpochAxis {
    /** Labels closer than this (pixels) to one already placed are left out. */
    static final double LABEL_ROOM = 30;

    private final double first;
    private final double last;
    /** The last epoch as given (the axis itself spans at least one epoch). */
    private final int lastEpoch;
    private final double left;
    private final double width;

    public EpochAxis(int first, int last, double left, double width) {
        this.first = first;
        this.last = Math.max(last, first + 1);
        this.lastEpoch = last;
        this.left = left;
        this.width = width;
    }

    /** The pixel column of {@code epoch} (clamped to the axis). */
    public double x(double epoch) {
        return left + EpochScale.fraction(epoch, first, last) * width;
    }

    public double left() {
        return left;
    }

    public double right() {
        return left + width;
    }

    /** Whether the run has gone past the linear part, so the axis is logarithmic towards the right. */
    public boolean compressed() {
        return last > EpochScale.LINEAR_EPOCHS;
    }

    /**
     * The epochs to label under the axis, left to right: the first, then 100 (where the log part
     * begins) and the powers of ten after it, and the last; each at least {@link #LABEL_ROOM}
     * pixels from the one before (the first and the last are always labelled; a tick too close
     * to the last is left out).
     */
    public int[] ticks() {
        if (lastEpoch <= first) {
            return new int[] {(int) first};
        }
        int[] candidates = new int[12];
        int n = 0;
        candidates[n++] = (int) first;
        if (!compressed()) {
            candidates[n++] = (int) Math.round(first + (last - first) / 2);
        }
        for (double e = EpochScale.LINEAR_EPOCHS; e < last && n < candidates.length - 1; e *= 10) {
            if (e > first) {
                candidates[n++] = (int) e;
            }
        }
        int[] kept = new int[n + 1];
        int k = 0;
        double lastX = x(last);
        for (int i = 0; i < n; i++) {
            double xi = x(candidates[i]);
            if (i == 0 || (xi - x(kept[k - 1]) >= LABEL_ROOM && lastX - xi >= LABEL_ROOM)) {
                kept[k++] = candidates[i];
            }
        }
        if (last > first) {
            kept[k++] = (int) last;
        }
        int[] result = new int[k];
        System.arraycopy(kept, 0, result, 0, k);
        return result;
    }

    /** A short label: "950", "1k", "32k", "1.2M". */
    public static String label(int epoch) {
        if (epoch < 10_000) {
            return Integer.toString(epoch);
        }
        if (epoch < 1_000_000) {
            return (epoch / 1000) + "k";
        }
        int tenths = epoch / 100_000;
        return (tenths / 10) + (tenths % 10 == 0 ? "" : "." + tenths % 10) + "M";
    }
}
