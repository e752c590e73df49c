package backprop.ui.lessons;

import backprop.ui.base.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * A small chart of the loss after each step of gradient descent, for a few learning rates at once,
 * on a logarithmic scale (a loss that falls by the same factor each step is a straight line), with
 * the task's threshold dashed.
 */
final class LossSteps {
    private static final double WIDTH = 380;
    private static final double HEIGHT = 150;
    private static final double LEFT = 44;
    private static final double RIGHT = 10;
    private static final double TOP = 8;
    private static final double BOTTOM = 22;
    /** Decades shown: 10⁰ down to 10⁻⁶. */
    private static final int DECADES = 6;

    private final HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.create("canvas", "lesson-chart");
    private final CanvasRenderingContext2D g = Dom.context(canvas);

    LossSteps(String id) {
        canvas.setAttribute("id", id);
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "The loss after each step");
    }

    HTMLCanvasElement element() {
        return canvas;
    }

    /** Draws each series of losses (index = step) in its colour and width, and the threshold. */
    void draw(double[][] series, String[] colours, double[] widths, double threshold, String description) {
        Dom.setAttribute(canvas, "aria-label", description);
        LessonCanvas.fit(canvas, g, WIDTH, HEIGHT);
        g.setFont("11px system-ui, sans-serif");
        g.setTextAlign("right");
        g.setLineWidth(1);
        for (int d = 0; d <= DECADES; d += 2) {
            double y = y(Math.pow(10, -d));
            g.setStrokeStyle("#e4e4e4");
            g.beginPath();
            g.moveTo(LEFT, y);
            g.lineTo(WIDTH - RIGHT, y);
            g.stroke();
            g.setFillStyle("#555");
            g.fillText(d == 0 ? "1" : "1e-" + d, LEFT - 4, y + 4);
        }
        int steps = series[0].length - 1;
        g.setTextAlign("center");
        g.fillText("step 0", LEFT + 12, HEIGHT - 6);
        g.fillText(Integer.toString(steps), WIDTH - RIGHT - 4, HEIGHT - 6);
        g.setStrokeStyle("#222");
        Dom.setDash(g, 4, 3);
        g.beginPath();
        g.moveTo(LEFT, y(threshold));
        g.lineTo(WIDTH - RIGHT, y(threshold));
        g.stroke();
        Dom.setDash(g, 0, 0);
        for (int s = 0; s < series.length; s++) {
            g.setStrokeStyle(colours[s]);
            g.setLineWidth(widths[s]);
            g.beginPath();
            for (int i = 0; i <= steps; i++) {
                double x = LEFT + (WIDTH - LEFT - RIGHT) * i / steps;
                if (i == 0) {
                    g.moveTo(x, y(series[s][i]));
                } else {
                    g.lineTo(x, y(series[s][i]));
                }
            }
            g.stroke();
        }
    }

    private static double y(double loss) {
        double decades = loss > 0 ? Math.max(0, Math.min(DECADES, -Math.log10(loss))) : DECADES;
        return TOP + (HEIGHT - TOP - BOTTOM) * decades / DECADES;
    }
}
