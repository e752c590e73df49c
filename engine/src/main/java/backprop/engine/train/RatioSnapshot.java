package backprop.engine.train;

import backprop.engine.nn.Checks;

/**
 * The update-to-weight ratio history ({@link UpdateRatios}) as text, bit for bit, to carry it
 * across a page load beside a {@link RunSnapshot}: the chart shows the same after the load as before.
 *
 * <p>Format {@code q1;LAYERS;SIZE;STRIDE;VALUES}: per sample its epoch and then one ratio per layer,
 * each as 11 characters of {@link WeightsSnapshot}'s bit encoding. An empty history (no update yet)
 * is written with 0 layers.
 */
public final class RatioSnapshot {
    static final String VERSION = "q1";
    private static final int FIELDS = 4;

    private RatioSnapshot() {
    }

    public static String write(UpdateRatios history) {
        Checks.notNull(history, "ratio history");
        int layers = history.size() == 0 ? 0 : history.layers();
        int n = history.size();
        double[] values = new double[(1 + layers) * n];
        for (int i = 0; i < n; i++) {
            int at = (1 + layers) * i;
            values[at] = history.epoch(i);
            for (int k = 0; k < layers; k++) {
                values[at + 1 + k] = history.ratio(k, i);
            }
        }
        StringBuilder text = new StringBuilder(VERSION).append(';').append(layers).append(';').append(n)
                .append(';').append(history.stride()).append(';');
        WeightsSnapshot.append(text, values);
        return text.toString();
    }

    /**
     * Puts a written history into {@code history} (cleared first); nothing changes when the text
     * does not fit.
     *
     * @throws IllegalArgumentException saying what does not fit
     */
    public static void read(String text, UpdateRatios history) {
        Checks.notNull(text, "ratio text");
        int[] cut = new int[FIELDS];
        int from = 0;
        for (int i = 0; i < FIELDS; i++) {
            cut[i] = text.indexOf(';', from);
            if (cut[i] < 0) {
                throw new IllegalArgumentException("Not a ratio snapshot: too few fields");
            }
            from = cut[i] + 1;
        }
        if (!VERSION.equals(text.substring(0, cut[0]))) {
            throw new IllegalArgumentException("Unknown ratio snapshot version; this version reads " + VERSION);
        }
        int layers = number(text, cut[0] + 1, cut[1], "layer count");
        int size = number(text, cut[1] + 1, cut[2], "history size");
        int stride = number(text, cut[2] + 1, cut[3], "stride");
        int chars = text.length() - cut[3] - 1;
        if (chars != (long) (1 + layers) * size * WeightsSnapshot.CHARS_PER_VALUE) {
            throw new IllegalArgumentException("Ratio snapshot: the values do not match " + size + " samples of "
                    + layers + " layers");
        }
        if (size > history.capacity()) {
            throw new IllegalArgumentException("Ratio snapshot: " + size + " samples do not fit a capacity of "
                    + history.capacity());
        }
        double[] values = new double[(1 + layers) * size];
        WeightsSnapshot.read(text, cut[3] + 1, values, cut[3] + 1, false);
        if (size == 0 || layers == 0) {
            history.clear();
            return;
        }
        history.load(layers, Math.max(1, stride), size, values, 0);
    }

    private static int number(String text, int from, int to, String what) {
        if (to <= from || to - from > 9) {
            throw new IllegalArgumentException("Ratio snapshot: no " + what);
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Ratio snapshot: the " + what + " is not a number");
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
