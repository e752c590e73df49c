package backprop.ui;

import backprop.engine.state.Preset;
import backprop.engine.text.NumberText;
import backprop.engine.train.LearningRateSchedule;
import backprop.engine.train.LossHistory;
import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import backprop.ui.plot.EpochAxis;
import backprop.ui.plot.LossChart;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the learning-rate schedule and the stop conditions show: "η now 0.0213" beside the
 * learning-rate control, the schedule's curve η(epoch) under the loss chart (both only while η is
 * not constant), and the "stopped: …" marker on the loss chart where a stop condition paused the
 * run. {@code data-lr-now}, {@code data-stopped} and {@code data-stopped-epoch} on #status say the same.
 */
final class ScheduleView {
    private static final String CURVE = "#0877bd";
    private static final String STOP = "#7b3fa0";
    private static final String LABEL_BACKGROUND = "rgba(255, 255, 255, 0.85)";
    /** The curve's margins, as the loss chart's (its epoch labels sit in the bottom one). */
    private static final double LEFT = 36;
    private static final double RIGHT = 8;
    private static final double TOP = 6;
    private static final double BOTTOM = 13;

    private final LossChart chart;
    private final CanvasRenderingContext2D chartContext;
    private final HTMLCanvasElement curve = (HTMLCanvasElement) Dom.byId("lr-chart");
    private final CanvasRenderingContext2D context = Dom.context(curve);
    private final HTMLElement now = Dom.byId("lr-now");
    private final HTMLElement status = Dom.byId("status");
    private String shownNow = null;
    private double shownEta = -1;
    private LearningRateSchedule shownSchedule;
    private double shownBase;
    private int shownEpoch;
    private int shownHorizon;

    ScheduleView(LossChart chart) {
        this.chart = chart;
        this.chartContext = Dom.context(chart.canvas());
    }

    /** Call right after {@link LossChart#draw} with the same history. */
    void draw(Trainer trainer, Preset preset, LossHistory history, RunStops stops) {
        LearningRateSchedule schedule = trainer.schedule();
        boolean varies = !schedule.constant();
        double eta = trainer.learningRateNow();
        String text = varies ? "η now " + NumberText.significant(eta, 3) : "";
        if (!text.equals(shownNow)) {
            shownNow = text;
            Dom.setText(now, text);
            now.setHidden(!varies);
            curve.setHidden(!varies);
        }
        if (eta != shownEta) {
            shownEta = eta;
            Dom.setData(status, "lr-now", NumberText.format(eta));
        }
        int epoch = trainer.epoch();
        int horizon = Math.max(epoch, preset.stopEpochs > 0 ? preset.stopEpochs : 2 * preset.lrEvery);
        // a new schedule object comes with every change of the training settings
        if (varies && (schedule != shownSchedule || trainer.learningRate() != shownBase || epoch != shownEpoch
                || horizon != shownHorizon)) {
            shownSchedule = schedule;
            shownBase = trainer.learningRate();
            shownEpoch = epoch;
            shownHorizon = horizon;
            drawCurve(schedule, shownBase, epoch, horizon);
        }
        drawStop(history, stops);
    }

    /** η(epoch) over epochs 0..horizon on a linear axis, a dot at the epoch in progress. */
    private void drawCurve(LearningRateSchedule schedule, double base, int epoch, int horizon) {
        double w = curve.getWidth();
        double h = curve.getHeight();
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        context.clearRect(0, 0, w, h);
        double top = 0;
        for (int x = 0; x <= plotW; x++) {
            top = Math.max(top, schedule.rate(base, (int) Math.floor(horizon * x / plotW)));
        }
        top = Math.max(top, schedule.rate(base, epoch));
        if (top <= 0) {
            top = 1;
        }
        context.setStrokeStyle("#d0d0d0");
        context.setLineWidth(1);
        context.strokeRect(LEFT, TOP, plotW, plotH);
        context.setFont("10px system-ui, sans-serif");
        context.setFillStyle("#666666");
        context.setTextAlign("right");
        context.setTextBaseline("top");
        context.fillText("η " + NumberText.significant(top, 2), LEFT - 3, TOP);
        context.setTextBaseline("top");
        context.setTextAlign("left");
        context.fillText("0", LEFT, h - BOTTOM + 2);
        context.setTextAlign("right");
        context.fillText(NumberText.format(horizon) + " epochs", LEFT + plotW, h - BOTTOM + 2);
        context.setStrokeStyle(CURVE);
        context.setLineWidth(1.5);
        context.beginPath();
        for (int x = 0; x <= plotW; x++) {
            double y = TOP + plotH * (1 - schedule.rate(base, (int) Math.floor(horizon * x / plotW)) / top);
            if (x == 0) {
                context.moveTo(LEFT + x, y);
            } else {
                context.lineTo(LEFT + x, y);
            }
        }
        context.stroke();
        double dotX = LEFT + plotW * Math.min(1, (double) epoch / Math.max(1, horizon));
        double dotY = TOP + plotH * (1 - schedule.rate(base, epoch) / top);
        context.setFillStyle(CURVE);
        context.beginPath();
        context.arc(dotX, dotY, 3, 0, 2 * Math.PI);
        context.fill();
    }

    /** The "stopped: …" marker over the loss chart, when its epoch is on the chart. */
    private void drawStop(LossHistory history, RunStops stops) {
        Dom.setData(status, "stopped", stops.reason());
        Dom.setData(status, "stopped-epoch", Integer.toString(stops.stoppedEpoch()));
        EpochAxis axis = chart.axis();
        int at = stops.stoppedEpoch();
        if (at < 0 || axis == null || history.size() == 0 || at < history.epoch(0)
                || at > history.epoch(history.size() - 1)) {
            return;
        }
        double x = Math.floor(axis.x(at)) + 0.5;
        CanvasRenderingContext2D c = chartContext;
        c.setStrokeStyle(STOP);
        c.setFillStyle(STOP);
        c.setLineWidth(1.5);
        Dom.setDash(c, 3, 2);
        c.beginPath();
        c.moveTo(x, chart.plotTop());
        c.lineTo(x, chart.plotBottom());
        c.stroke();
        Dom.setDash(c, 0, 0);
        c.setFont("9px system-ui, sans-serif");
        c.setTextBaseline("bottom");
        boolean left = x > axis.left() + (axis.right() - axis.left()) / 2;
        c.setTextAlign(left ? "right" : "left");
        // on a pale box, so that the curves passing under the words do not cross them out
        double width = c.measureText(stops.reason()).getWidth();
        c.setFillStyle(LABEL_BACKGROUND);
        c.fillRect(left ? x - 5 - width : x + 1, chart.plotBottom() - 13, width + 4, 12);
        c.setFillStyle(STOP);
        c.fillText(stops.reason(), left ? x - 3 : x + 3, chart.plotBottom() - 2);
    }
}
