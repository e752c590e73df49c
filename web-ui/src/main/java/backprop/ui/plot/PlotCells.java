package backprop.ui.plot;

import backprop.engine.data.FeatureSet;
import backprop.engine.train.GridEvaluator;
import backprop.engine.nn.Network;
import backprop.ui.base.Dom;
import backprop.ui.base.Palette;
import java.nio.ByteBuffer;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The output plot's cells at one resolution: the network evaluated over an N×N grid of the
 * input plane, painted into one direct pixel buffer and put into a small N×N canvas, which
 * the plot then draws scaled. Everything is allocated once.
 */
final class PlotCells {
    final int resolution;
    private final GridEvaluator outputs;
    /** Every neuron's map, only evaluated while one hidden neuron is shown. */
    private final GridEvaluator neurons;
    private final ByteBuffer pixels;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;

    PlotCells(int resolution, double domain) {
        this.resolution = resolution;
        outputs = new GridEvaluator(resolution, -domain, domain, false);
        neurons = new GridEvaluator(resolution, -domain, domain, true);
        pixels = ByteBuffer.allocateDirect(resolution * resolution * 4);
        canvas = (HTMLCanvasElement) Dom.create("canvas", null);
        canvas.setWidth(resolution);
        canvas.setHeight(resolution);
        context = Dom.context(canvas);
    }

    /**
     * Evaluates and paints the output of {@code network} (or, when {@code layer} ≥ 1 names a
     * hidden layer, the output of that layer's {@code neuron}).
     *
     * @param probability outputs are probabilities in [0, 1] (sigmoid or softmax)
     * @param scale       the output value drawn in full colour (1, but the largest |target| of a
     *                    regression whose targets reach beyond ±1; see {@link OutputLegend})
     */
    void paint(Network network, FeatureSet features, int layer, int neuron, boolean probability,
            boolean discretize, Palette palette, double scale) {
        if (layer >= 1 && layer < network.depth()) {
            neurons.evaluate(network, features);
            paintSingle(neurons.cells(layer, neuron), false, discretize, palette, 1);
        } else if (network.outputCount() == 1) {
            outputs.evaluate(network, features);
            paintSingle(outputs.output(0), probability, discretize, palette, scale);
        } else {
            outputs.evaluate(network, features);
            paintClasses(network.outputCount(), discretize);
        }
        context.putImageData(Dom.imageData(Uint8Array.fromJavaBuffer(pixels), resolution, resolution), 0, 0);
    }

    HTMLCanvasElement canvas() {
        return canvas;
    }

    /** The most likely class per cell, lighter where the network is less sure. */
    private void paintClasses(int classes, boolean discretize) {
        int n = resolution * resolution;
        for (int c = 0; c < n; c++) {
            int best = 0;
            double bestValue = outputs.output(0)[c];
            for (int k = 1; k < classes; k++) {
                double v = outputs.output(k)[c];
                if (v > bestValue) {
                    bestValue = v;
                    best = k;
                }
            }
            double strength = discretize ? 0.75 : 0.25 + 0.6 * clamp01(bestValue);
            int p = c * 4;
            pixels.put(p, (byte) Palette.classChannel(best, 0, strength));
            pixels.put(p + 1, (byte) Palette.classChannel(best, 1, strength));
            pixels.put(p + 2, (byte) Palette.classChannel(best, 2, strength));
            pixels.put(p + 3, (byte) 255);
        }
    }

    /** One map of values in [−scale, scale] (or probabilities in [0, 1]) in the two-colour palette. */
    private void paintSingle(double[] values, boolean probability, boolean discretize, Palette palette,
            double scale) {
        for (int c = 0; c < values.length; c++) {
            double v = probability ? 2 * values[c] - 1 : values[c] / scale;
            if (discretize) {
                v = v > 0 ? 1 : -1;
            }
            int i = Palette.index(v);
            int p = c * 4;
            pixels.put(p, palette.red(i));
            pixels.put(p + 1, palette.green(i));
            pixels.put(p + 2, palette.blue(i));
            pixels.put(p + 3, (byte) 255);
        }
    }

    private static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
