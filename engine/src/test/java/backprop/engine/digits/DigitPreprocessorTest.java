package backprop.engine.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitPreprocessorTest {
    private static final int S = DigitPreprocessor.SIDE;

    /** A canvas of w × h with a thick stroke drawn by {@code ink(x, y)}. */
    interface Ink {
        double at(int x, int y);
    }

    private static double[] canvas(int w, int h, Ink ink) {
        double[] c = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                c[y * w + x] = ink.at(x, y);
            }
        }
        return c;
    }

    private static double[] centreOfMass(double[] image) {
        double m = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) {
                double v = image[y * S + x];
                m += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        return new double[] {mx / m, my / m, m};
    }

    /** Width and height of the pixels above the ink threshold. */
    private static int[] boxSize(double[] image) {
        int x0 = S;
        int x1 = -1;
        int y0 = S;
        int y1 = -1;
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) {
                if (image[y * S + x] > 1e-9) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return new int[] {x1 - x0 + 1, y1 - y0 + 1};
    }

    /** A "7" drawn in the top-left corner of a 280 × 200 canvas: a bar, then a diagonal down to the left. */
    private static double[] seven() {
        return canvas(280, 200, (x, y) -> {
            boolean bar = y >= 10 && y < 30 && x >= 20 && x < 120;
            double diagonalX = 120 - (y - 10) * 0.5;
            boolean diagonal = y >= 10 && y < 170 && Math.abs(x - diagonalX) < 10;
            return bar || diagonal ? 1.0 : 0.0;
        });
    }

    @Test
    void aStrokeIsScaledToTwentyPixelsAndCentredByMass() {
        double[] image = DigitPreprocessor.fromCanvas(seven(), 280, 200);
        double[] com = centreOfMass(image);
        assertEquals(14.0, com[0], 0.5, "centre of mass x");
        assertEquals(14.0, com[1], 0.5, "centre of mass y");
        int[] box = boxSize(image);
        // The ink spans 160 canvas pixels down and 110 across: 20 × 13.75 after scaling (one more for a fractional edge).
        assertTrue(box[1] == 20 || box[1] == 21, "height " + box[1]);
        assertTrue(box[0] >= 14 && box[0] <= 15, "width " + box[0]);
        for (double v : image) {
            assertTrue(v >= 0 && v <= 1 + 1e-12, "value " + v);
        }
    }

    @Test
    void areaResamplingKeepsTheInk() {
        // Scaling by s multiplies the ink's area by s² (nothing is cut off: the box stays inside).
        double[] image = DigitPreprocessor.fromCanvas(seven(), 280, 200);
        double ink = 0;
        for (double v : seven()) {
            ink += v;
        }
        double s = 20.0 / 160;
        assertEquals(ink * s * s, centreOfMass(image)[2], 1e-6);
    }

    @Test
    void theSameDrawingAnywhereOnTheCanvasGivesTheSameImage() {
        double[] a = DigitPreprocessor.fromCanvas(seven(), 280, 200);
        double[] seven = seven();
        double[] shifted = canvas(280, 200, (x, y) -> x >= 100 && y >= 25 ? seven[(y - 25) * 280 + x - 100] : 0);
        double[] b = DigitPreprocessor.fromCanvas(shifted, 280, 200);
        for (int p = 0; p < a.length; p++) {
            assertEquals(a[p], b[p], 1e-9);
        }
    }

    @Test
    void aSmallCanvasIsScaledUp() {
        // A 4-pixel-tall bar on a 10 × 10 canvas: 5 times larger, 20 tall.
        double[] image = DigitPreprocessor.fromCanvas(canvas(10, 10, (x, y) -> x == 3 && y >= 2 && y < 6 ? 1 : 0), 10, 10);
        int[] box = boxSize(image);
        assertTrue(box[0] == 5 || box[0] == 6, "5 wide, over 6 pixels at a sub-pixel offset: " + box[0]);
        assertTrue(box[1] == 20 || box[1] == 21, "height " + box[1]);
        assertEquals(4 * 25, centreOfMass(image)[2], 1e-9, "4 pixels of ink, each now 5 × 5");
        double[] com = centreOfMass(image);
        assertEquals(14.0, com[0], 0.01);
        assertEquals(14.0, com[1], 0.01);
    }

    @Test
    void lopsidedInkStaysInsideTheField() {
        // A long bar with a heavy blob at one end: centring the mass would push the box out; it is clamped.
        double[] image = DigitPreprocessor.fromCanvas(canvas(100, 100, (x, y) -> y < 5 && x < 100 || (x < 10 && y < 40) ? 1 : 0),
                100, 100);
        double total = centreOfMass(image)[2];
        double s = 20.0 / 100;
        assertEquals((100 * 5 + 10 * 35) * s * s, total, 1e-6, "no ink is cut off");
    }

    @Test
    void faintSpecksDoNotWidenTheBox_andAnEmptyCanvasGivesZeros() {
        double[] withSpeck = seven();
        withSpeck[199 * 280 + 279] = 0.05;   // below the threshold
        double[] a = DigitPreprocessor.fromCanvas(seven(), 280, 200);
        double[] b = DigitPreprocessor.fromCanvas(withSpeck, 280, 200);
        for (int p = 0; p < a.length; p++) {
            assertEquals(a[p], b[p], 1e-12);
        }
        for (double v : DigitPreprocessor.fromCanvas(new double[50 * 40], 50, 40)) {
            assertEquals(0.0, v);
        }
        assertThrows(IllegalArgumentException.class, () -> DigitPreprocessor.fromCanvas(new double[10], 5, 5));
        assertThrows(IllegalArgumentException.class, () -> DigitPreprocessor.fromCanvas(new double[10], 0, 5));
    }

    @Test
    void aMnistDigitDrawnBigIsReadAsItself() {
        // An MNIST digit scaled up 10× onto a canvas, then preprocessed, is close to the original.
        Digits d = DigitFiles.mnist();
        double[] original = d.image(1234);
        double[] big = canvas(280, 280, (x, y) -> original[(y / 10) * 28 + x / 10]);
        double[] back = DigitPreprocessor.fromCanvas(big, 280, 280);
        double diff = 0;
        double ink = 0;
        for (int p = 0; p < 784; p++) {
            diff += Math.abs(back[p] - original[p]);
            ink += original[p];
        }
        assertTrue(diff < 0.35 * ink, "differs by " + diff + " of " + ink);
    }
}
