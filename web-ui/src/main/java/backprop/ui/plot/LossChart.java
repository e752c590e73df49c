package backprop.ui.plot;

import backprop.engine.text.NumberText;
import backprop.engine.train.EpochScale;
import backprop.engine.train.LossHistory;
import backprop.ui.base.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Training loss (grey) and test loss (black) over the epochs, on the loss axis at the left, and
 * for classification the test accuracy (green) on its own 0–100 % axis at the right. The epochs
 * run along an {@link EpochAxis} (linear for the first hundred, logarithmic after), so the first
 * epochs stay readable however fast the run goes. It draws the bounded {@link LossHistory}, so a
 * frame costs the same at any epoch.
 *
 * <p>Test hooks on the canvas: {@code data-points} (samples drawn), {@code data-span} (pixels
 * from the first drawn point to the last), {@code data-plot-width}, and for the first hundred
 * epochs {@code data-early-points} (samples) and {@code data-early-width} (pixels).
 */
public final class LossChart {
    static final double PAD_LEFT = 36;
    static final double PAD_RIGHT_PLAIN = 8;
    static final double PAD_RIGHT_ACCURACY = 32;
    static final double PAD_TOP = 14;
    static final double PAD_BOTTOM = 14;
    private static final String ACCURACY = "#2ca02c";
    private static final String TEXT = "#666666";
    private static final String FONT = "10px system-ui, sans-serif";

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private EpochAxis axis;
    private String shownHooks = "";

    public LossChart(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
    }

    public HTMLCanvasElement canvas() {
        return canvas;
    }

    /** The epoch axis of the last drawing (null before there was anything to draw), for the markers drawn over it. */
    public EpochAxis axis() {
        return axis;
    }

    public double plotTop() {
        return PAD_TOP;
    }

    public double plotBottom() {
        return canvas.getHeight() - PAD_BOTTOM;
    }

    public void draw(LossHistory history, boolean logScale, boolean accuracy) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        context.clearRect(0, 0, w, h);
        int n = history.size();
        if (n == 0) {
            axis = null;
            hooks(0, 0, 0, 0, 0);
            return;
        }
        double max = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, finiteOr(history.trainLoss(i), 0));
            max = Math.max(max, finiteOr(history.testLoss(i), 0));
            min = Math.min(min, positive(history.trainLoss(i)));
            min = Math.min(min, positive(history.testLoss(i)));
        }
        if (max <= 0) {
            max = 1;
        }
        double lo = logScale ? Math.log10(Math.min(min, max / 10)) : 0;
        double hi = logScale ? Math.log10(max) : max;
        double right = accuracy ? PAD_RIGHT_ACCURACY : PAD_RIGHT_PLAIN;
        double plotW = w - PAD_LEFT - right;
        double plotH = h - PAD_TOP - PAD_BOTTOM;
        axis = new EpochAxis(history.epoch(0), history.epoch(n - 1), PAD_LEFT, plotW);
        context.setLineWidth(1);
        context.setFont(FONT);
        lossAxis(logScale, lo, hi, plotW, plotH);
        if (accuracy) {
            accuracyAxis(plotW, plotH);
        }
        epochAxis(h);
        context.setStrokeStyle("#d0d0d0");
        context.strokeRect(PAD_LEFT, PAD_TOP, plotW, plotH);
        if (accuracy) {
            line(history, 2, 0, 1, false, ACCURACY, plotH);
        }
        line(history, 0, lo, hi, logScale, "#999999", plotH);
        int drawn = line(history, 1, lo, hi, logScale, "#111111", plotH);
        int early = 0;
        while (early < n && history.epoch(early) <= EpochScale.LINEAR_EPOCHS) {
            early++;
        }
        hooks(drawn, drawn == 0 ? 0 : axis.x(history.epoch(n - 1)) - axis.x(history.epoch(0)), plotW, early,
                axis.x(EpochScale.LINEAR_EPOCHS) - axis.left());
    }

    /** Loss labels at the left: 0, half and the top on a linear scale; the powers of ten on a log scale. */
    private void lossAxis(boolean log, double lo, double hi, double plotW, double plotH) {
        context.setTextAlign("right");
        context.setTextBaseline("middle");
        if (log) {
            int step = Math.max(1, (int) Math.ceil((Math.floor(hi) - Math.ceil(lo) + 1) / 4));
            for (int e = (int) Math.floor(hi); e >= Math.ceil(lo); e -= step) {
                lossTick((e - lo) / (hi - lo), "1e" + e, plotW, plotH);
            }
        } else {
            for (int i = 0; i <= 2; i++) {
                lossTick(i / 2.0, i == 0 ? "0" : NumberText.significant(hi * i / 2, 2), plotW, plotH);
            }
        }
        context.setTextAlign("left");
        context.setTextBaseline("top");
        context.setFillStyle(TEXT);
        context.fillText(log ? "loss (log)" : "loss", 2, 1);
    }

    private void lossTick(double fy, String label, double plotW, double plotH) {
        double y = Math.floor(PAD_TOP + (1 - fy) * plotH) + 0.5;
        context.setStrokeStyle("#eeeeee");
        context.beginPath();
        context.moveTo(PAD_LEFT, y);
        context.lineTo(PAD_LEFT + plotW, y);
        context.stroke();
        context.setFillStyle(TEXT);
        context.fillText(label, PAD_LEFT - 3, y);
    }

    /** The accuracy's own scale at the right, in its line's colour. */
    private void accuracyAxis(double plotW, double plotH) {
        context.setFillStyle(ACCURACY);
        context.setTextAlign("left");
        context.setTextBaseline("middle");
        for (int i = 0; i <= 2; i++) {
            context.fillText((50 * i) + "%", PAD_LEFT + plotW + 3, PAD_TOP + (1 - i / 2.0) * plotH);
        }
        context.setTextAlign("right");
        context.setTextBaseline("top");
        context.fillText("accuracy", canvas.getWidth() - 2, 1);
    }

    /** Tick labels under the plot; a dashed line where the linear part ends and the log part begins. */
    private void epochAxis(double h) {
        context.setFillStyle(TEXT);
        context.setTextBaseline("top");
        int[] ticks = axis.ticks();
        for (int i = 0; i < ticks.length; i++) {
            double x = axis.x(ticks[i]);
            context.setTextAlign(i == 0 ? "left" : (i == ticks.length - 1 ? "right" : "center"));
            String label = EpochAxis.label(ticks[i]);
            context.fillText(i == ticks.length - 1 ? "epoch " + label : label, x, h - PAD_BOTTOM + 2);
        }
        if (axis.compressed()) {
            double x = Math.floor(axis.x(EpochScale.LINEAR_EPOCHS)) + 0.5;
            context.setStrokeStyle("#cccccc");
            Dom.setDash(context, 2, 3);
            context.beginPath();
            context.moveTo(x, PAD_TOP);
            context.lineTo(x, h - PAD_BOTTOM);
            context.stroke();
            Dom.setDash(context, 0, 0);
        }
    }

    /** series 0 = training loss, 1 = test loss, 2 = test accuracy; returns the points drawn. */
    private int line(LossHistory history, int series, double lo, double hi, boolean log, String colour, double plotH) {
        context.setStrokeStyle(colour);
        context.setLineWidth(1);
        int points = 0;
        // Two 1 px strokes half a pixel apart look like one 1.5 px stroke and cost a tenth of it
        // when the canvas is rasterised in software (a wider stroke gets a join at every vertex).
        for (double dy = 0; dy <= 0.5; dy += 0.5) {
            context.beginPath();
            boolean started = false;
            points = 0;
            for (int i = 0; i < history.size(); i++) {
                double v = series == 0 ? history.trainLoss(i) : series == 1 ? history.testLoss(i) : history.testAccuracy(i);
                if (!(v == v) || Double.isInfinite(v)) {
                    started = false;
                    continue;
                }
                double y = log ? Math.log10(positive(v)) : v;
                double fy = hi > lo ? (y - lo) / (hi - lo) : 0;
                fy = fy < 0 ? 0 : (fy > 1 ? 1 : fy);
                double py = PAD_TOP + (1 - fy) * plotH + dy;
                started = extend(context, started, axis.x(history.epoch(i)), py);
                points++;
            }
            context.stroke();
        }
        return points;
    }

    private void hooks(int points, double span, double plotW, int earlyPoints, double earlyWidth) {
        int spanPx = (int) Math.floor(span + 0.5);
        int widthPx = (int) Math.floor(plotW + 0.5);
        int earlyPx = (int) Math.floor(earlyWidth + 0.5);
        String hooks = points + "|" + spanPx + "|" + widthPx + "|" + earlyPoints + "|" + earlyPx;
        if (!hooks.equals(shownHooks)) {
            shownHooks = hooks;
            Dom.setData(canvas, "points", Integer.toString(points));
            Dom.setData(canvas, "span", Integer.toString(spanPx));
            Dom.setData(canvas, "plot-width", Integer.toString(widthPx));
            Dom.setData(canvas, "early-points", Integer.toString(earlyPoints));
            Dom.setData(canvas, "early-width", Integer.toString(earlyPx));
        }
    }

    private static double finiteOr(double v, double fallback) {
        return v == v && !Double.isInfinite(v) ? v : fallback;
    }

    private static double positive(double v) {
        return v > 1e-12 && !Double.isInfinite(v) ? v : 1e-12;
    }

    /** Continues a polyline to (x, y), or starts it there after a gap; returns true: the line has started. */
    static boolean extend(CanvasRenderingContext2D context, boolean started, double x, double y) {
        if (started) {
            context.lineTo(x, y);
        } else {
            context.moveTo(x, y);
        }
        return true;
    }
}
