package backprop.ui;

import backprop.engine.DataPoints;
import backprop.engine.Experiment;
import backprop.engine.GridEvaluator;
import backprop.engine.Network;
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
    /** Plot area inside the canvas: room on the left and at the bottom for the axes. */
    static final double PLOT_LEFT = 30;
    static final double PLOT_TOP = 6;
    static final double PLOT_BOTTOM_MARGIN = 24;
    private static final double PLOT_RIGHT_MARGIN = 6;

    private final GridEvaluator grid = new GridEvaluator(RESOLUTION, -DOMAIN, DOMAIN, false);
    /** Every neuron's map at full resolution, only evaluated while one neuron is shown. */
    private final GridEvaluator neuronGrid = new GridEvaluator(RESOLUTION, -DOMAIN, DOMAIN, true);
    private final Palette palette = new Palette();

    BoundaryView(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
        this.cells = (HTMLCanvasElement) Dom.create("canvas", null);
        cells.setWidth(RESOLUTION);
        cells.setHeight(RESOLUTION);
        this.cellsContext = Dom.context(cells);
    }

    /**
     * Draws the output (or, when {@code layer} ≥ 1 names a hidden neuron, that
     * neuron's output) over the plane, then the points.
     */
    void draw(Experiment experiment, boolean showTestData, boolean discretize, int layer, int neuron) {
        draw(experiment, experiment.network(), showTestData, discretize, layer, neuron, false, -1);
    }

    /**
     * As above, for {@code network} (the experiment's, or the one after an
     * explained update), with the explained example ringed when
     * {@code highlight} ≥ 0 ({@code highlightTest}: an index into the test points).
     */
    void draw(Experiment experiment, Network network, boolean showTestData, boolean discretize, int layer,
            int neuron, boolean highlightTest, int highlight) {
        if (layer >= 1 && layer < network.depth()) {
            neuronGrid.evaluate(network, experiment.features());
            paintSingle(neuronGrid.cells(layer, neuron), false, discretize);
        } else {
            grid.evaluate(network, experiment.features());
            paintCells(experiment, discretize);
        }
        cellsContext.putImageData(Dom.imageData(Uint8Array.fromJavaBuffer(pixels), RESOLUTION, RESOLUTION), 0, 0);
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.setFillStyle("#ffffff");
        context.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Dom.setSmoothing(context, true);
        context.drawImage(cells, PLOT_LEFT, PLOT_TOP, plotWidth(), plotHeight());
        drawAxes();
        drawPoints(experiment.trainPoints(), "#ffffff", experiment.classes());
        if (showTestData || (highlight >= 0 && highlightTest)) {
            drawPoints(experiment.testPoints(), "#000000", experiment.classes());
        }
        if (highlight >= 0) {
            DataPoints points = highlightTest ? experiment.testPoints() : experiment.trainPoints();
            if (highlight < points.size()) {
                ring(pointX(points.x[highlight]), pointY(points.y[highlight]));
            }
        }
    }

    private void ring(double x, double y) {
        double radius = Math.max(2.5, plotWidth() / 130);
        context.setLineWidth(3);
        context.setStrokeStyle("#ffffff");
        context.beginPath();
        context.arc(x, y, radius * 3, 0, 2 * Math.PI);
        context.stroke();
        context.setLineWidth(1.5);
        context.setStrokeStyle("#d0021b");
        context.beginPath();
        context.arc(x, y, radius * 3, 0, 2 * Math.PI);
        context.stroke();
    }

    /** x in canvas pixels of a point at data coordinate x. */
    double pointX(double x) {
        return PLOT_LEFT + (x + DOMAIN) / (2 * DOMAIN) * plotWidth();
    }

    double pointY(double y) {
        return PLOT_TOP + (DOMAIN - y) / (2 * DOMAIN) * plotHeight();
    }

    HTMLCanvasElement canvas() {
        return canvas;
    }

    private double plotWidth() {
        return canvas.getWidth() - PLOT_LEFT - PLOT_RIGHT_MARGIN;
    }

    private double plotHeight() {
        return canvas.getHeight() - PLOT_TOP - PLOT_BOTTOM_MARGIN;
    }

    private void drawAxes() {
        double w = plotWidth();
        double h = plotHeight();
        context.setStrokeStyle("#888888");
        context.setLineWidth(1);
        context.strokeRect(PLOT_LEFT, PLOT_TOP, w, h);
        context.setFillStyle("#666666");
        context.setFont("11px system-ui, sans-serif");
        for (int tick = -6; tick <= 6; tick += 2) {
            double fx = (tick + DOMAIN) / (2 * DOMAIN);
            double x = PLOT_LEFT + fx * w;
            double y = PLOT_TOP + (1 - fx) * h;
            context.beginPath();
            context.moveTo(x, PLOT_TOP + h);
            context.lineTo(x, PLOT_TOP + h + 4);
            context.moveTo(PLOT_LEFT - 4, y);
            context.lineTo(PLOT_LEFT, y);
            context.stroke();
            context.setTextAlign("center");
            context.setTextBaseline("top");
            context.fillText(Integer.toString(tick), x, PLOT_TOP + h + 6);
            context.setTextAlign("right");
            context.setTextBaseline("middle");
            context.fillText(Integer.toString(tick), PLOT_LEFT - 6, y);
        }
    }

    private void paintCells(Experiment experiment, boolean discretize) {
        int outputs = experiment.network().outputCount();
        int n = RESOLUTION * RESOLUTION;
        if (outputs == 1) {
            paintSingle(grid.output(0), experiment.outputIsProbability(), discretize);
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

    /** One map of values in [−1, 1] (or probabilities in [0, 1]) in the two-colour palette. */
    private void paintSingle(double[] values, boolean probability, boolean discretize) {
        for (int c = 0; c < values.length; c++) {
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
    }

    private static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    private void drawPoints(DataPoints points, String stroke, int classes) {
        double w = plotWidth();
        double h = plotHeight();
        double radius = Math.max(2.5, w / 130);
        context.setLineWidth(1);
        context.setStrokeStyle(stroke);
        for (int i = 0; i < points.size(); i++) {
            double px = pointX(points.x[i]);
            double py = pointY(points.y[i]);
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
