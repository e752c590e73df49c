package backprop.ui.digits;

import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Test accuracy (0–100 %) over the epochs of a digits run, one point per finished test pass, over
 * a dashed line at the accuracy of always giving the most common answer (what the curve must beat).
 */
final class AccuracyChart {
    private static final double LEFT = 34;
    private static final double RIGHT = 8;
    private static final double TOP = 8;
    private static final double BOTTOM = 18;
    private static final int[] GRID = {50, 80, 90, 100};
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;

    AccuracyChart(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
    }

    /** @param baseline the accuracy of always giving the most common answer, labelled {@code baselineLabel} */
    void draw(AccuracyCurve curve, int examplesPerEpoch, double baseline, String baselineLabel) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        context.clearRect(0, 0, w, h);
        context.setFont("11px system-ui, sans-serif");
        context.setLineWidth(1);
        context.setTextBaseline("middle");
        context.setTextAlign("right");
        for (int g : GRID) {
            double y = TOP + (1 - g / 100.0) * plotH;
            context.setStrokeStyle(g == 90 ? "#bbbbbb" : "#e6e6e6");
            context.beginPath();
            context.moveTo(LEFT, y);
            context.lineTo(w - RIGHT, y);
            context.stroke();
            context.setFillStyle("#777777");
            context.fillText(g + "%", LEFT - 4, y);
        }
        double baseY = TOP + (1 - baseline) * plotH;
        context.setStrokeStyle("#8e44ad");
        Dom.setDash(context, 4, 3);
        context.beginPath();
        context.moveTo(LEFT, baseY);
        context.lineTo(w - RIGHT, baseY);
        context.stroke();
        Dom.setDash(context, 0, 0);
        context.setFillStyle("#6c3483");
        context.setTextAlign("left");
        context.setTextBaseline("top");
        context.fillText(baselineLabel, LEFT + 4, baseY + 2);
        context.setTextBaseline("middle");
        context.setTextAlign("right");
        context.setFillStyle("#777777");
        int n = curve.size();
        if (n == 0) {
            return;
        }
        double last = Math.max(curve.examples(n - 1), examplesPerEpoch / 4.0);
        context.setTextAlign("left");
        context.setTextBaseline("alphabetic");
        context.fillText("0", LEFT, h - 4);
        context.setTextAlign("right");
        context.fillText(Format.fixed(last / examplesPerEpoch, 2) + " epochs", w - RIGHT, h - 4);
        context.setStrokeStyle("#2ca02c");
        context.setLineWidth(2);
        context.beginPath();
        for (int i = 0; i < n; i++) {
            double x = LEFT + curve.examples(i) / last * plotW;
            double y = TOP + (1 - curve.accuracy(i)) * plotH;
            if (i == 0) {
                context.moveTo(x, y);
            } else {
                context.lineTo(x, y);
            }
        }
        context.stroke();
    }
}
