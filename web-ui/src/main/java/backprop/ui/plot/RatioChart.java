package backprop.ui.plot;

import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;
import backprop.engine.train.LearningRateAdvice;
import backprop.engine.train.UpdateRatios;
import backprop.ui.base.Dom;
import backprop.ui.base.Html;
import backprop.ui.base.Palette;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Per weight layer, the update-to-weight ratio ‖Δw‖ / ‖w‖ over the epochs on a
 * log scale from 1e−7 to 1, with the rule of thumb's 1e−3 dashed, and a note
 * naming the layers far from it. The epochs run along the loss chart's {@link EpochAxis}.
 * A ratio far below the rule of thumb suggests a higher learning rate only when
 * {@link backprop.engine.train.LearningRateAdvice} says the rate is too small: after the loss
 * has settled, small steps are what they should be. {@code data-points} on the canvas: samples drawn.
 */
public final class RatioChart {
    private static final double LOG_LOW = -7;
    private static final double LOG_HIGH = 0;
    private static final double PAD_LEFT = 30;
    private static final double PAD = 4;
    private static final double PAD_BOTTOM = 14;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLElement note = Dom.byId("ratio-note");
    private String shownNote = null;
    private int shownPoints = -1;
    private double noteShownAt;
    private static final double NOTE_MILLIS = 500;

    public RatioChart(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
    }

    public void draw(UpdateRatios history, Network network, double updates, boolean playing, int advice) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        context.clearRect(0, 0, w, h);
        double plotW = w - PAD_LEFT - PAD;
        double plotH = h - PAD - PAD_BOTTOM;
        context.setStrokeStyle("#e3e3e3");
        context.setLineWidth(1);
        context.strokeRect(PAD_LEFT, PAD, plotW, plotH);
        context.setFillStyle("#777777");
        context.setFont("10px system-ui, sans-serif");
        context.setTextAlign("right");
        context.setTextBaseline("middle");
        for (int e = (int) LOG_LOW; e <= LOG_HIGH; e += 2) {
            double y = PAD + (LOG_HIGH - e) / (LOG_HIGH - LOG_LOW) * plotH;
            context.fillText("1e" + e, PAD_LEFT - 3, y);
        }
        double typical = PAD + (LOG_HIGH + 3) / (LOG_HIGH - LOG_LOW) * plotH;
        context.setStrokeStyle("#999999");
        Dom.setDash(context, 4, 3);
        context.beginPath();
        context.moveTo(PAD_LEFT, typical);
        context.lineTo(PAD_LEFT + plotW, typical);
        context.stroke();
        Dom.setDash(context, 0, 0);
        int n = history.size();
        if (n > 0) {
            EpochAxis axis = new EpochAxis(history.epoch(0), history.epoch(n - 1), PAD_LEFT, plotW);
            for (int k = 0; k < history.layers(); k++) {
                context.setStrokeStyle(Palette.classColour(k));
                context.setLineWidth(1);
                for (double dy = 0; dy <= 0.5; dy += 0.5) { // as LossChart: two 1 px strokes for one of 1.5
                    context.beginPath();
                    boolean started = false;
                    for (int i = 0; i < n; i++) {
                        double r = history.ratio(k, i);
                        if (!(r > 0)) {
                            started = false;
                            continue;
                        }
                        double lr = Math.log10(r);
                        double fy = (LOG_HIGH - Math.max(LOG_LOW, Math.min(LOG_HIGH, lr))) / (LOG_HIGH - LOG_LOW);
                        double py = PAD + fy * plotH + dy;
                        started = LossChart.extend(context, started, axis.x(history.epoch(i)), py);
                    }
                    context.stroke();
                }
            }
        }
        context.setTextAlign("left");
        context.setTextBaseline("top");
        for (int k = 0; k < network.depth(); k++) {
            context.setFillStyle(Palette.classColour(k));
            context.fillText(k + 1 == network.depth() ? "→ output" : "→ layer " + (k + 1), PAD_LEFT + 4 + 62 * k,
                    h - PAD_BOTTOM + 2);
        }
        noteFor(network, updates, playing, advice);
        if (n != shownPoints) {
            shownPoints = n;
            Dom.setData(canvas, "points", Integer.toString(n));
        }
    }

    /**
     * The note and data-ratios. While training, the note's text changes at most every
     * {@link #NOTE_MILLIS}: its figures change every frame, faster than anyone reads, and each
     * new text makes the browser lay the page out again.
     */
    private void noteFor(Network network, double updates, boolean playing, int advice) {
        StringBuilder text = new StringBuilder();
        StringBuilder values = new StringBuilder();
        if (updates > 0) {
            for (int k = 0; k < network.depth(); k++) {
                double r = UpdateRatios.ratio(network, k);
                values.append(k == 0 ? "" : ",").append(NumberText.format(r));
                int verdict = UpdateRatios.verdict(r);
                if (verdict != 0) {
                    text.append(text.length() == 0 ? "" : " ")
                            .append("Links into ").append(k + 1 == network.depth() ? "the output" : "layer " + (k + 1))
                            .append(": ‖Δw‖/‖w‖ = ").append(Html.show(r))
                            .append(verdict > 0 ? ", far above ~1e-3 — steps this big may overshoot; try a lower learning rate."
                                    : advice == LearningRateAdvice.TOO_SMALL
                                    ? ", far below ~1e-3 — this layer barely learns; a higher learning rate may help."
                                    : advice == LearningRateAdvice.TOO_LARGE
                                    ? ", far below ~1e-3 — its neurons are stuck where their slope is almost 0."
                                    : ", far below ~1e-3 — this layer's weights barely change now.");
                }
            }
        }
        String shown = text.length() == 0
                ? (updates > 0 ? "Every layer's update-to-weight ratio is within 10× of the ~1e-3 rule of thumb." : "")
                : text.toString();
        double now = Dom.now();
        if (!shown.equals(shownNote) && (!playing || now - noteShownAt >= NOTE_MILLIS)) {
            shownNote = shown;
            noteShownAt = now;
            note.setInnerText(shown);
        }
        Dom.setData(note, "ratios", values.toString());
    }
}
