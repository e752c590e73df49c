package backprop.ui.plot;

import backprop.engine.train.LossHistory;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Training loss (grey) and test loss (black) over the epochs, and for
 * classification the test accuracy (green, 0–100 % on its own scale). It draws
 * the bounded {@link LossHistory}, so a frame costs the same at any epoch.
 */
public final class LossChart {
    public static final double PAD_LEFT = 4;
    public static final double PAD_RIGHT = 4;
    public static final double PAD_TOP = 6;
    public static final double PAD_BOTTOM = 14;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;

    public LossChart(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
    }

    public void draw(LossHistory history, boolean logScale, boolean accuracy) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        context.clearRect(0, 0, w, h);
        int n = history.size();
        if (n == 0) {
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
        double lo = logScale ? Math.log(Math.min(min, max / 10)) : 0;
        double hi = logScale ? Math.log(max) : max;
        int first = history.epoch(0);
        int last = Math.max(history.epoch(n - 1), first + 1);
        double plotW = w - PAD_LEFT - PAD_RIGHT;
        double plotH = h - PAD_TOP - PAD_BOTTOM;
        context.setStrokeStyle("#e3e3e3");
        context.setLineWidth(1);
        context.strokeRect(PAD_LEFT, PAD_TOP, plotW, plotH);
        if (accuracy) {
            line(history, 2, first, last, 0, 1, false, "#2ca02c", plotW, plotH);
        }
        line(history, 0, first, last, lo, hi, logScale, "#999999", plotW, plotH);
        line(history, 1, first, last, lo, hi, logScale, "#111111", plotW, plotH);
        context.setFillStyle("#777777");
        context.setFont("10px system-ui, sans-serif");
        context.setTextBaseline("top");
        context.setTextAlign("left");
        context.fillText("epoch " + first, PAD_LEFT, h - PAD_BOTTOM + 2);
        context.setTextAlign("right");
        context.fillText("epoch " + history.epoch(n - 1), w - PAD_RIGHT, h - PAD_BOTTOM + 2);
        context.fillText((logScale ? "log, max " : "max ") + Format.fixed(max, 3), w - PAD_RIGHT - 2, PAD_TOP + 2);
    }

    /** series 0 = training loss, 1 = test loss, 2 = test accuracy. */
    private void line(LossHistory history, int series, int first, int last, double lo, double hi, boolean log,
            String colour, double plotW, double plotH) {
        context.setStrokeStyle(colour);
        context.setLineWidth(1);
        // Two 1 px strokes half a pixel apart look like one 1.5 px stroke and cost a tenth of it
        // when the canvas is rasterised in software (a wider stroke gets a join at every vertex).
        for (double dy = 0; dy <= 0.5; dy += 0.5) {
            context.beginPath();
            boolean started = false;
            for (int i = 0; i < history.size(); i++) {
                double v = series == 0 ? history.trainLoss(i) : series == 1 ? history.testLoss(i) : history.testAccuracy(i);
                if (!(v == v) || Double.isInfinite(v)) {
                    started = false;
                    continue;
                }
                double y = log ? Math.log(positive(v)) : v;
                double fy = hi > lo ? (y - lo) / (hi - lo) : 0;
                fy = fy < 0 ? 0 : (fy > 1 ? 1 : fy);
                double px = PAD_LEFT + (history.epoch(i) - first) / (double) (last - first) * plotW;
                double py = PAD_TOP + (1 - fy) * plotH + dy;
                started = extend(context, started, px, py);
            }
            context.stroke();
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
