package backprop.ui.digits;

import backprop.ui.base.Dom;
import backprop.ui.base.Palette;
import java.nio.ByteBuffer;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * A row of small square images (digits, weight images) painted into one direct pixel buffer
 * and handed to an off-screen canvas in one {@code putImageData} per frame; views then copy
 * slots onto their own canvas, scaled up without smoothing. One JS call per frame instead of
 * one per pixel (see TOOLCHAIN.md: per-pixel calls are slow from Wasm).
 */
final class DigitAtlas {
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.create("canvas", null);
    private final CanvasRenderingContext2D context = Dom.context(canvas);
    private final Palette palette = new Palette();
    private ByteBuffer pixels;
    private int side;
    private int slots;

    /** Makes room for {@code slots} images of side × side pixels (keeps the buffer when it fits). */
    void ensure(int side, int slots) {
        if (side == this.side && slots == this.slots) {
            return;
        }
        this.side = side;
        this.slots = Math.max(1, slots);
        canvas.setWidth(side * this.slots);
        canvas.setHeight(side);
        pixels = ByteBuffer.allocateDirect(side * side * this.slots * 4);
    }

    int side() {
        return side;
    }

    /** Ink values in [0, 1] (1 = ink) as dark on white, like a pencil drawing. */
    void grey(int slot, double[] values, int offset) {
        int rowBytes = side * slots * 4;
        for (int y = 0; y < side; y++) {
            int p = y * rowBytes + slot * side * 4;
            for (int x = 0; x < side; x++) {
                double v = values[offset + y * side + x];
                int level = 255 - (int) (255 * (v < 0 ? 0 : v > 1 ? 1 : v) + 0.5);
                byte b = (byte) level;
                pixels.put(p, b);
                pixels.put(p + 1, b);
                pixels.put(p + 2, b);
                pixels.put(p + 3, (byte) 255);
                p += 4;
            }
        }
    }

    /**
     * Signed values as the playground's colours (orange negative, blue positive), each divided
     * by {@code scale} first (a negative scale flips the sign; 0 paints the neutral colour).
     */
    void signed(int slot, double[] values, int offset, double scale) {
        int rowBytes = side * slots * 4;
        double k = scale != 0 ? 1 / scale : 0;
        for (int y = 0; y < side; y++) {
            int p = y * rowBytes + slot * side * 4;
            for (int x = 0; x < side; x++) {
                int i = Palette.index(values[offset + y * side + x] * k);
                pixels.put(p, palette.red(i));
                pixels.put(p + 1, palette.green(i));
                pixels.put(p + 2, palette.blue(i));
                pixels.put(p + 3, (byte) 255);
                p += 4;
            }
        }
    }

    /** Hands the painted pixels to the off-screen canvas. */
    void flush() {
        context.putImageData(Dom.imageData(Uint8Array.fromJavaBuffer(pixels), side * slots, side), 0, 0);
    }

    /** Draws a slot at (x, y), {@code size} pixels wide and high, without smoothing. */
    void draw(CanvasRenderingContext2D target, int slot, double x, double y, double size) {
        Dom.setSmoothing(target, false);
        target.drawImage(canvas, slot * side, 0, side, side, x, y, size, size);
    }

    /** The largest |v| of {@code values[offset .. offset + n)} (0 for none). */
    static double maxAbs(double[] values, int offset, int n) {
        double max = 0;
        for (int i = offset; i < offset + n; i++) {
            double a = Math.abs(values[i]);
            if (a > max) {
                max = a;
            }
        }
        return max;
    }
}
