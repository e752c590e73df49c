package backprop.ui.plot;

import backprop.engine.data.DataPoints;
import backprop.engine.train.Experiment;
import backprop.engine.nn.Network;
import backprop.ui.base.Dom;
import backprop.ui.base.Palette;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The output plot: the network's output over the input plane as a heatmap
 * (the decision boundary), with the training points and, if asked, the test
 * points on top. The cells are evaluated at {@link #RESOLUTION}² — or, while
 * training a network whose full plot is costly, at {@link #PLAYING_RESOLUTION}²
 * (drawn scaled, so it looks softer while it moves; the paused plot is always
 * full resolution). The axes and the points change only with the data, so they
 * are drawn once into a layer of their own that each frame copies on top.
 */
public final class BoundaryView {
    static final int RESOLUTION = 100;
    static final int PLAYING_RESOLUTION = 50;
    static final double DOMAIN = 6;
    /** A full-resolution plot estimated to cost more than this is drawn coarser while playing… */
    static final double COSTLY_MILLIS = 4;
    /** …until its estimate falls below this. */
    static final double CHEAP_MILLIS = 3;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    /** Plot area inside the canvas: room on the left and at the bottom for the axes. */
    static final double PLOT_LEFT = 30;
    static final double PLOT_TOP = 6;
    static final double PLOT_BOTTOM_MARGIN = 24;
    private static final double PLOT_RIGHT_MARGIN = 6;

    private final PlotCells full = new PlotCells(RESOLUTION, DOMAIN);
    private final PlotCells coarse = new PlotCells(PLAYING_RESOLUTION, DOMAIN);
    private final Palette palette = new Palette();
    /** Estimated milliseconds of a full-resolution plot, from the last plot's evaluation. */
    private double fullMillis;
    private boolean costly;
    private int shownResolution;
    private final HTMLCanvasElement overlay;
    private final CanvasRenderingContext2D overlayContext;
    /** What the overlay shows; it is redrawn when one of these changes. */
    private DataPoints overlayPoints;
    private boolean overlayTest;
    private boolean overlayHighlightTest;
    private int overlayHighlight = -2;
    private int overlayWidth;
    private int overlayHeight;
    /** The point the keyboard marks (see backprop.ui.PlotKeys), −1 for none. */
    private int focused = -1;
    private boolean focusedTest;
    /** The output value drawn in full colour: 1, or a regression's largest |target| beyond it. */
    private double scale = 1;
    private final OutputLegend legend = new OutputLegend();
    /** Whether a regression's colour scale widens to its largest |target| (a typed function's data). */
    private boolean widened;

    public BoundaryView(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
        overlay = (HTMLCanvasElement) Dom.create("canvas", null);
        overlayContext = Dom.context(overlay);
    }

    /**
     * Draws the output of {@code network} (the experiment's, or the one after an explained
     * update) — or, when {@code layer} ≥ 1 names a hidden layer, the output of its
     * {@code neuron} — over the plane, then the points, with the explained example ringed
     * when {@code highlight} ≥ 0 ({@code highlightTest}: an index into the test points).
     */
    public void draw(Experiment experiment, Network network, boolean showTestData, boolean discretize, int layer,
            int neuron, boolean highlightTest, int highlight, boolean playing) {
        costly = costly ? fullMillis > CHEAP_MILLIS : fullMillis > COSTLY_MILLIS;
        PlotCells cells = playing && costly ? coarse : full;
        double start = Dom.now();
        DataPoints points = experiment.trainPoints();
        if (points != overlayPoints) {
            scale = widened ? OutputLegend.scaleOf(experiment) : 1;
        }
        legend.show(experiment.classes(), experiment.outputIsProbability(), scale);
        cells.paint(network, experiment.features(), layer, neuron, experiment.outputIsProbability(), discretize,
                palette, scale);
        double scale = (double) RESOLUTION / cells.resolution;
        fullMillis = (Dom.now() - start) * scale * scale;
        if (cells.resolution != shownResolution) {
            shownResolution = cells.resolution;
            Dom.setData(canvas, "resolution", Integer.toString(shownResolution));
        }
        boolean test = showTestData || (highlight >= 0 && highlightTest);
        if (points != overlayPoints || test != overlayTest || highlight != overlayHighlight
                || highlightTest != overlayHighlightTest || canvas.getWidth() != overlayWidth
                || canvas.getHeight() != overlayHeight) {
            overlayPoints = points;
            overlayTest = test;
            overlayHighlight = highlight;
            overlayHighlightTest = highlightTest;
            drawOverlay(experiment, test, highlightTest, highlight);
        }
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.setFillStyle("#ffffff");
        context.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Dom.setSmoothing(context, true);
        context.drawImage(cells.canvas(), PLOT_LEFT, PLOT_TOP, plotWidth(), plotHeight());
        context.drawImage(overlay, 0, 0);
        if (focused >= 0) {
            DataPoints marked = focusedTest ? experiment.testPoints() : experiment.trainPoints();
            if (focused < marked.size()) {
                FocusMarker.square(context, pointX(marked.x[focused]), pointY(marked.y[focused]),
                        Math.max(2.5, plotWidth() / 130) * 4.5);
            }
        }
    }

    /**
     * Whether the colours of a regression span its largest |target| instead of ±1: for a typed
     * function, whose values may lie anywhere; TensorFlow Playground's datasets keep its ±1.
     */
    public void widenScale(boolean widen) {
        if (widen != widened) {
            widened = widen;
            overlayPoints = null; // recompute the scale and redraw the points in it
        }
    }

    /** Marks the point the keyboard is on ({@code index} −1: none); drawn from the next frame. */
    public void focus(boolean test, int index) {
        focusedTest = test;
        focused = index;
    }

    /** Whether a full-resolution plot of the network last drawn is costly (over {@link #COSTLY_MILLIS}). */
    public boolean costly() {
        return costly;
    }

    /** Redraws the layer over the cells: axes, training points, test points, the ringed example. */
    private void drawOverlay(Experiment experiment, boolean test, boolean highlightTest, int highlight) {
        overlayWidth = canvas.getWidth();
        overlayHeight = canvas.getHeight();
        overlay.setWidth(overlayWidth);
        overlay.setHeight(overlayHeight);
        drawAxes();
        drawPoints(experiment.trainPoints(), "#ffffff", experiment.classes());
        if (test) {
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
        overlayContext.setLineWidth(3);
        overlayContext.setStrokeStyle("#ffffff");
        overlayContext.beginPath();
        overlayContext.arc(x, y, radius * 3, 0, 2 * Math.PI);
        overlayContext.stroke();
        overlayContext.setLineWidth(1.5);
        overlayContext.setStrokeStyle("#d0021b");
        overlayContext.beginPath();
        overlayContext.arc(x, y, radius * 3, 0, 2 * Math.PI);
        overlayContext.stroke();
    }

    /** x in canvas pixels of a point at data coordinate x. */
    public double pointX(double x) {
        return PLOT_LEFT + (x + DOMAIN) / (2 * DOMAIN) * plotWidth();
    }

    public double pointY(double y) {
        return PLOT_TOP + (DOMAIN - y) / (2 * DOMAIN) * plotHeight();
    }

    /** The data coordinate x at canvas pixel {@code px} (outside ±6 when off the plot). */
    public double dataX(double px) {
        return (px - PLOT_LEFT) / plotWidth() * (2 * DOMAIN) - DOMAIN;
    }

    /** The data coordinate y at canvas pixel {@code py}. */
    public double dataY(double py) {
        return DOMAIN - (py - PLOT_TOP) / plotHeight() * (2 * DOMAIN);
    }

    public HTMLCanvasElement canvas() {
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
        overlayContext.setStrokeStyle("#888888");
        overlayContext.setLineWidth(1);
        overlayContext.strokeRect(PLOT_LEFT, PLOT_TOP, w, h);
        overlayContext.setFillStyle("#666666");
        overlayContext.setFont("11px system-ui, sans-serif");
        for (int tick = -6; tick <= 6; tick += 2) {
            double fx = (tick + DOMAIN) / (2 * DOMAIN);
            double x = PLOT_LEFT + fx * w;
            double y = PLOT_TOP + (1 - fx) * h;
            overlayContext.beginPath();
            overlayContext.moveTo(x, PLOT_TOP + h);
            overlayContext.lineTo(x, PLOT_TOP + h + 4);
            overlayContext.moveTo(PLOT_LEFT - 4, y);
            overlayContext.lineTo(PLOT_LEFT, y);
            overlayContext.stroke();
            overlayContext.setTextAlign("center");
            overlayContext.setTextBaseline("top");
            overlayContext.fillText(Integer.toString(tick), x, PLOT_TOP + h + 6);
            overlayContext.setTextAlign("right");
            overlayContext.setTextBaseline("middle");
            overlayContext.fillText(Integer.toString(tick), PLOT_LEFT - 6, y);
        }
    }

    private void drawPoints(DataPoints points, String stroke, int classes) {
        double w = plotWidth();
        double h = plotHeight();
        double radius = Math.max(2.5, w / 130);
        overlayContext.setLineWidth(1);
        overlayContext.setStrokeStyle(stroke);
        for (int i = 0; i < points.size(); i++) {
            double px = pointX(points.x[i]);
            double py = pointY(points.y[i]);
            overlayContext.setFillStyle(pointColour(points.label[i], classes));
            overlayContext.beginPath();
            overlayContext.arc(px, py, radius, 0, 2 * Math.PI);
            overlayContext.fill();
            overlayContext.stroke();
        }
    }

    private String pointColour(double label, int classes) {
        if (classes >= 3) {
            return Palette.classColour((int) label);
        }
        if (classes == 2) {
            return Palette.colourOf(label);
        }
        int i = Palette.index(label / scale);
        return "rgb(" + (palette.red(i) & 255) + "," + (palette.green(i) & 255) + "," + (palette.blue(i) & 255) + ")";
    }
}
