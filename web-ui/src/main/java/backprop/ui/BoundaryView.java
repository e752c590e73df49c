package backprop.ui;

import backprop.engine.DataPoints;
import backprop.engine.Experiment;
import backprop.engine.GridEvaluator;
import java.nio.ByteBuffer;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The output plot: the network's output over the input plane as a heatmap
 * (the decision boundary), with the training points and, if asked, the test
 * points on top. Pixels go through one direct buffer per frame.
 */
final class BoundaryView {
    static final int RESOLUTION = 100;
    static final double DOMAIN = 6;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLCanvasElement cells;
    private final CanvasRenderingContext2D cellsContext;
    private final ByteBuffer pixels = ByteBuffer.allocateDirect(RESOLUTION * RESOLUTION * 4);
    private final GridEvaluator grid = new GridEvaluator(RESOLUTION, -DOMAIN, DOMAIN, false);
    private final Palette palette = new Palette();

    BoundaryView(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
        this.cells = (HTMLCanvasElement) Dom.create("canvas", null);
        cells.setWidth(RESOLUTION);
        cells.setHeight(RESOLUTION);
        this.cellsContext = Dom.context(cells);
    }

    void draw(Experiment experiment, boolean showTestData, boolean discretize) {
        grid.evaluate(experiment.network(), experiment.features());
        paintCells(experiment, discretize);
        cellsContext.putImageData(Dom.imageData(Uint8Array.fromJavaBuffer(pixels), RESOLUTION, RESOLUTION), 0, 0);
        Dom.setSmoothing(context, true);
        context.drawImage(cells, 0, 0, canvas.getWidth(), canvas.getHeight());
        drawPoints(experiment.trainPoints(), "#ffffff", experiment.classes());
        if (showTestData) {
            drawPoints(experiment.testPoints(), "#000000", experiment.classes());
        }
    }

    private void paintCells(Experiment experiment, boolean discretize) {
        int outputs = experiment.network().shape()[experiment.network().depth()];
        int n = RESOLUTION * RESOLUTION;
        if (outputs == 1) {
            double[] values = grid.output(0);
            boolean probability = experiment.outputIsProbability();
            for (int c = 0; c < n; c++) {
                double v = probability ? 2 * values[c] - 1 : values[c];
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
            return;
        }
        for (int c = 0; c < n; c++) {
            int best = 0;
            double bestValue = grid.output(0)[c];
            for (int k = 1; k < outputs; k++) {
                double v = grid.output(k)[c];
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

    private static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    private void drawPoints(DataPoints points, String stroke, int classes) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double radius = Math.max(2.5, w / 130);
        context.setLineWidth(1);
        context.setStrokeStyle(stroke);
        for (int i = 0; i < points.size(); i++) {
            double px = (points.x[i] + DOMAIN) / (2 * DOMAIN) * w;
            double py = (DOMAIN - points.y[i]) / (2 * DOMAIN) * h;
            context.setFillStyle(pointColour(points.label[i], classes));
            context.beginPath();
            context.arc(px, py, radius, 0, 2 * Math.PI);
            context.fill();
            context.stroke();
        }
    }

    private String pointColour(double label, int classes) {
        if (classes >= 3) {
            return Palette.classColour((int) label);
        }
        if (classes == 2) {
            return Palette.colourOf(label);
        }
        int i = Palette.index(label);
        return "rgb(" + (palette.red(i) & 255) + "," + (palette.green(i) & 255) + "," + (palette.blue(i) & 255) + ")";
    }
}
