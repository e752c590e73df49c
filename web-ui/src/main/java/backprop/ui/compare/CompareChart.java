package backprop.ui.compare;

import backprop.engine.text.NumberText;
import backprop.engine.train.LossHistory;
import backprop.ui.base.Dom;
import backprop.ui.plot.EpochAxis;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The compare mode's one loss chart: both sides' training loss (solid) and test loss (dashed) on
 * one epoch axis and one loss scale, side A in {@link #A}, side B in {@link #B}. The canvas carries
 * the points drawn per side ({@code data-points-a}, {@code data-points-b}) for tests.
 */
final class CompareChart {
    static final String A = "#3b5bdb";
    static final String B = "#e8590c";
    private static final double PAD_LEFT = 36;
    private static final double PAD_RIGHT = 8;
    private static final double PAD_TOP = 14;
    private static final double PAD_BOTTOM = 14;
    private static final String TEXT = "#666666";

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    /** Whether the canvas has its width for the current window (measured once, again after a resize). */
    private boolean fitted;

    CompareChart(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
        Window.current().addEventListener("resize", event -> fitted = false);
    }

    void draw(LossHistory a, LossHistory b, boolean log) {
        fitWidth();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        context.clearRect(0, 0, w, h);
        int last = Math.max(lastEpoch(a), lastEpoch(b));
        double max = Math.max(max(a), max(b));
        double min = Math.min(min(a), min(b));
        if (max <= 0) {
            max = 1;
        }
        double lo = log ? Math.log10(Math.min(min, max / 10)) : 0;
        double hi = log ? Math.log10(max) : max;
        double plotW = w - PAD_LEFT - PAD_RIGHT;
        double plotH = h - PAD_TOP - PAD_BOTTOM;
        EpochAxis axis = new EpochAxis(0, Math.max(1, last), PAD_LEFT, plotW);
        context.setLineWidth(1);
        context.setFont("10px system-ui, sans-serif");
        context.setStrokeStyle("#d0d0d0");
        context.strokeRect(PAD_LEFT, PAD_TOP, plotW, plotH);
        context.setFillStyle(TEXT);
        context.setTextAlign("right");
        context.setTextBaseline("middle");
        context.fillText(log ? "1e" + Math.round(hi) : NumberText.significant(hi, 2), PAD_LEFT - 3, PAD_TOP);
        context.fillText(log ? "1e" + Math.round(lo) : "0", PAD_LEFT - 3, PAD_TOP + plotH);
        context.setTextAlign("left");
        context.setTextBaseline("top");
        context.fillText(log ? "loss (log)" : "loss", 2, 0);
        context.setTextAlign("right");
        context.fillText("epoch " + EpochAxis.label(last), PAD_LEFT + plotW, h - PAD_BOTTOM + 2);
        line(a, true, axis, lo, hi, log, A, plotH);
        line(b, true, axis, lo, hi, log, B, plotH);
        int pointsA = line(a, false, axis, lo, hi, log, A, plotH);
        int pointsB = line(b, false, axis, lo, hi, log, B, plotH);
        Dom.setData(canvas, "points-a", Integer.toString(pointsA));
        Dom.setData(canvas, "points-b", Integer.toString(pointsB));
    }

    /**
     * Draws at the width the page gives the chart (a phone's column is about half of the 640
     * pixels in the HTML), so that its 10 px labels stay 10 px instead of being scaled down.
     * Measured once per window size, not every frame: reading the width after the frame's other
     * drawing would make the browser lay the page out again each time.
     */
    private void fitWidth() {
        if (fitted) {
            return;
        }
        int shown = canvas.getClientWidth();
        if (shown < 200) {
            return; // not laid out yet (the mode is just being shown): measure at the next draw
        }
        fitted = true;
        if (shown != canvas.getWidth()) {
            canvas.setWidth(shown);
        }
    }

    /** One side's training loss ({@code test} false, solid) or test loss (dashed); returns the points drawn. */
    private int line(LossHistory history, boolean test, EpochAxis axis, double lo, double hi, boolean log,
            String colour, double plotH) {
        context.setStrokeStyle(colour);
        context.setLineWidth(test ? 1 : 2);
        Dom.setDash(context, test ? 3 : 0, test ? 3 : 0);
        context.beginPath();
        boolean started = false;
        int points = 0;
        for (int i = 0; i < history.size(); i++) {
            double v = test ? history.testLoss(i) : history.trainLoss(i);
            if (!finite(v)) {
                started = false;
                continue;
            }
            double y = log ? Math.log10(Math.max(v, 1e-12)) : v;
            double fy = hi > lo ? (y - lo) / (hi - lo) : 0;
            fy = fy < 0 ? 0 : (fy > 1 ? 1 : fy);
            double x = axis.x(history.epoch(i));
            double py = PAD_TOP + (1 - fy) * plotH;
            if (started) {
                context.lineTo(x, py);
            } else {
                context.moveTo(x, py);
            }
            started = true;
            points++;
        }
        context.stroke();
        Dom.setDash(context, 0, 0);
        return points;
    }

    private static int lastEpoch(LossHistory h) {
        return h.size() == 0 ? 0 : h.epoch(h.size() - 1);
    }

    private static double max(LossHistory h) {
        double max = 0;
        for (int i = 0; i < h.size(); i++) {
            max = Math.max(max, finite(h.trainLoss(i)) ? h.trainLoss(i) : 0);
            max = Math.max(max, finite(h.testLoss(i)) ? h.testLoss(i) : 0);
        }
        return max;
    }

    private static double min(LossHistory h) {
        double min = Double.MAX_VALUE;
        for (int i = 0; i < h.size(); i++) {
            min = Math.min(min, finite(h.trainLoss(i)) && h.trainLoss(i) > 1e-12 ? h.trainLoss(i) : min);
        }
        return min;
    }

    private static boolean finite(double v) {
        return v == v && !Double.isInfinite(v);
    }
}
