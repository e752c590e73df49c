package backprop.engine.digits;

import backprop.engine.nn.Checks;

/**
 * Turns a digit drawn on a canvas into a 28×28 image prepared the way MNIST's digits were,
 * so that a network trained on them can read it:
 * <ol>
 * <li>The ink's bounding box: the smallest rectangle of pixels holding every pixel whose
 *     value exceeds {@link #INK_THRESHOLD} (faint antialiasing at a stroke's edge does not
 *     widen it; the pixels inside keep their full values).</li>
 * <li>It is scaled by s = 20 / (its longer side), keeping the aspect ratio, so that the
 *     longer side becomes 20 pixels. Resampling is by area: each output pixel is the mean of
 *     the drawing over the square it covers (exact for any s, up or down).</li>
 * <li>It is placed in the 28×28 field so that its centre of mass lies at the field's centre
 *     (14, 14) — coordinates with pixel (x, y) covering [x, x+1] × [y, y+1], so its centre
 *     is (x + ½, y + ½). The shift is sub-pixel (two refinements, each re-rendering), and is
 *     limited so that the 20-pixel box stays inside the field: for a very lopsided drawing
 *     the centre of mass then misses (14, 14) rather than ink being cut off.</li>
 * </ol>
 * MNIST itself shifted by whole pixels and let ink leave the field; the result here differs
 * from it by a fraction of a pixel.
 */
public final class DigitPreprocessor {
    public static final int SIDE = 28;
    /** The longer side of the ink's bounding box after scaling. */
    public static final int BOX = 20;
    /** Values above this count as ink for the bounding box. */
    public static final double INK_THRESHOLD = 0.1;
    /** The largest canvas accepted, in pixels. */
    public static final int MAX_CANVAS_PIXELS = 4096 * 4096;

    private DigitPreprocessor() {
    }

    /**
     * The 28×28 image (row-major values in [0, 1]) of a w × h drawing whose row-major
     * values are ink in [0, 1] (0 = paper; values outside are clamped, NaN counts as 0).
     * A drawing with no ink gives an all-zero image.
     */
    public static double[] fromCanvas(double[] grey, int w, int h) {
        if (w < 1 || h < 1 || (double) w * h > MAX_CANVAS_PIXELS) {
            throw new IllegalArgumentException("A canvas needs 1.." + MAX_CANVAS_PIXELS + " pixels, got " + w + "×" + h);
        }
        Checks.slice(grey, 0, w * h, "canvas");
        int x0 = w;
        int x1 = -1;
        int y0 = h;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (grey[y * w + x] > INK_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        double[] out = new double[SIDE * SIDE];
        if (x1 < 0) {
            return out;
        }
        int bw = x1 - x0 + 1;
        int bh = y1 - y0 + 1;
        double[] box = new double[bw * bh];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                double v = grey[(y0 + y) * w + x0 + x];
                box[y * bw + x] = v > 0 ? (v < 1 ? v : 1.0) : 0.0;
            }
        }
        double scale = (double) BOX / Math.max(bw, bh);
        double sw = bw * scale;
        double sh = bh * scale;
        double left = (SIDE - sw) / 2;
        double top = (SIDE - sh) / 2;
        for (int round = 0; round < 3; round++) {
            render(box, bw, bh, scale, left, top, out);
            if (round == 2) {
                break;
            }
            double mass = 0;
            double mx = 0;
            double my = 0;
            for (int y = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++) {
                    double v = out[y * SIDE + x];
                    mass += v;
                    mx += v * (x + 0.5);
                    my += v * (y + 0.5);
                }
            }
            if (mass <= 0) {
                break;
            }
            left = clamp(left + SIDE / 2.0 - mx / mass, 0, SIDE - sw);
            top = clamp(top + SIDE / 2.0 - my / mass, 0, SIDE - sh);
        }
        return out;
    }

    private static double clamp(double v, double min, double max) {
        return v < min ? min : v > max ? max : v;
    }

    /**
     * out = the bw × bh box scaled by {@code scale} with its top-left corner at (left, top),
     * resampled by area: source pixel i spans [left + i·s, left + (i+1)·s] and gives each
     * output pixel its value times the overlap, once per axis.
     */
    private static void render(double[] box, int bw, int bh, double scale, double left, double top, double[] out) {
        double[] rows = new double[bh * SIDE];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                double v = box[y * bw + x];
                if (v != 0) {
                    spread(v, left + x * scale, left + (x + 1) * scale, rows, y * SIDE, 1);
                }
            }
        }
        java.util.Arrays.fill(out, 0.0);
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < SIDE; x++) {
                double v = rows[y * SIDE + x];
                if (v != 0) {
                    spread(v, top + y * scale, top + (y + 1) * scale, out, x, SIDE);
                }
            }
        }
    }

    /** Adds v × overlap([a, b], [k, k+1]) to target[offset + k·stride] for each k in 0..SIDE−1. */
    private static void spread(double v, double a, double b, double[] target, int offset, int stride) {
        int first = Math.max(0, (int) Math.floor(a));
        int last = Math.min(SIDE - 1, (int) Math.ceil(b) - 1);
        for (int k = first; k <= last; k++) {
            double overlap = Math.min(b, k + 1) - Math.max(a, k);
            if (overlap > 0) {
                target[offset + k * stride] += v * overlap;
            }
        }
    }
}
