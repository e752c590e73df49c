package backprop.ui.base;

/**
 * Colours of values: orange for negative, blue for positive, near-white at zero,
 * as in TensorFlow Playground, so people who know it read the pictures at once.
 * A value in [−1, 1] maps to one of 256 precomputed RGB entries.
 */
public final class Palette {
    public static final String NEGATIVE = "#f59322";
    public static final String POSITIVE = "#0877bd";
    private static final int[] NEGATIVE_RGB = {0xf5, 0x93, 0x22};
    private static final int[] MIDDLE_RGB = {0xe8, 0xea, 0xeb};
    private static final int[] POSITIVE_RGB = {0x08, 0x77, 0xbd};
    /** Colours of the classes of a multi-class dataset. */
    static final String[] CLASS_COLOURS = {"#0877bd", "#f59322", "#2ca02c", "#9467bd", "#8c564b"};
    private static final int[][] CLASS_RGB = {
        {0x08, 0x77, 0xbd}, {0xf5, 0x93, 0x22}, {0x2c, 0xa0, 0x2c}, {0x94, 0x67, 0xbd}, {0x8c, 0x56, 0x4b}};

    static final int STEPS = 256;
    private final byte[] red = new byte[STEPS];
    private final byte[] green = new byte[STEPS];
    private final byte[] blue = new byte[STEPS];

    public Palette() {
        for (int i = 0; i < STEPS; i++) {
            double t = i / (STEPS - 1.0) * 2 - 1;
            int[] from = t < 0 ? NEGATIVE_RGB : POSITIVE_RGB;
            double w = t < 0 ? -t : t;
            red[i] = (byte) mix(MIDDLE_RGB[0], from[0], w);
            green[i] = (byte) mix(MIDDLE_RGB[1], from[1], w);
            blue[i] = (byte) mix(MIDDLE_RGB[2], from[2], w);
        }
    }

    private static int mix(int a, int b, double w) {
        return (int) (a + (b - a) * w + 0.5);
    }

    /** Index into the table for a value, clamped to [−1, 1]; a non-finite value maps to the middle. */
    public static int index(double value) {
        if (!(value >= -1)) {
            value = value > 1 ? 1 : (value < -1 ? -1 : 0);
        } else if (value > 1) {
            value = 1;
        }
        return (int) ((value + 1) * 0.5 * (STEPS - 1) + 0.5);
    }

    public byte red(int index) {
        return red[index];
    }

    public byte green(int index) {
        return green[index];
    }

    public byte blue(int index) {
        return blue[index];
    }

    public static String colourOf(double value) {
        return value < 0 ? NEGATIVE : POSITIVE;
    }

    public static String classColour(int k) {
        return CLASS_COLOURS[k % CLASS_COLOURS.length];
    }

    /** RGB of class k, lightened towards white by {@code 1 − strength} (strength in [0, 1]). */
    public static int classChannel(int k, int channel, double strength) {
        int c = CLASS_RGB[k % CLASS_RGB.length][channel];
        return (int) (255 + (c - 255) * strength + 0.5);
    }
}
