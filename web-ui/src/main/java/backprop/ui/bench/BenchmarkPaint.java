package backprop.ui.bench;

import backprop.engine.train.GridEvaluator;
import backprop.ui.base.Palette;
import java.nio.ByteBuffer;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The benchmark's heatmap painting, the same work as the reference's painter:
 * the output map at DENSITY² pixels and every hidden neuron as a
 * (DENSITY/10)² thumbnail of averaged 10×10 blocks, all written into ONE
 * direct buffer (TOOLCHAIN.md, pitfall 6) that the page wraps as ImageData.
 * Layout: the output image, then one thumbnail after the other.
 */
public final class BenchmarkPaint {
    static final int THUMB = BenchmarkCase.DENSITY / 10;

    private final Palette palette = new Palette();
    private final double[] small = new double[THUMB * THUMB];
    private ByteBuffer pixels;

    /** Paints the maps of the last {@link BenchmarkCase#heatmap()}; returns a view of the pixels. */
    public Uint8Array paint(BenchmarkCase bench, GridEvaluator grid) {
        int size = BenchmarkCase.DENSITY;
        int hidden = bench.neurons() - bench.shape[bench.shape.length - 1];
        int bytes = (size * size + hidden * THUMB * THUMB) * 4;
        if (pixels == null || pixels.capacity() != bytes) {
            pixels = ByteBuffer.allocateDirect(bytes);
        }
        int at = paintPlane(grid.output(0), size * size, 0);
        for (int layer = 1; layer < bench.shape.length - 1; layer++) {
            for (int j = 0; j < bench.shape[layer]; j++) {
                average(grid.cells(layer, j), size);
                at = paintPlane(small, THUMB * THUMB, at);
            }
        }
        return Uint8Array.fromJavaBuffer(pixels);
    }

    private void average(double[] plane, int size) {
        int f = size / THUMB;
        double scale = 1.0 / (f * f);
        for (int i = 0; i < THUMB; i++) {
            for (int j = 0; j < THUMB; j++) {
                double sum = 0;
                for (int a = 0; a < f; a++) {
                    int row = (i * f + a) * size + j * f;
                    for (int b = 0; b < f; b++) {
                        sum += plane[row + b];
                    }
                }
                small[i * THUMB + j] = sum * scale;
            }
        }
    }

    private int paintPlane(double[] values, int n, int at) {
        ByteBuffer px = pixels;
        Palette colours = palette;
        for (int c = 0; c < n; c++, at += 4) {
            int i = Palette.index(values[c]);
            px.put(at, colours.red(i));
            px.put(at + 1, colours.green(i));
            px.put(at + 2, colours.blue(i));
            px.put(at + 3, (byte) 160);
        }
        return at;
    }
}
