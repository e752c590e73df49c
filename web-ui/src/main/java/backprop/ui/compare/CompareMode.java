package backprop.ui.compare;

import backprop.engine.data.DataPoints;
import backprop.engine.nn.Rng;
import backprop.engine.state.Preset;
import backprop.engine.state.ScheduleChoice;
import backprop.engine.text.NumberText;
import backprop.engine.train.Experiment;
import backprop.engine.train.LossHistory;
import backprop.engine.train.RunPair;
import backprop.engine.train.Trainer;
import backprop.engine.train.WeightsSnapshot;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Playground;
import backprop.ui.plot.BoundaryView;
import backprop.ui.plot.NetworkView;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The compare mode of the page ({@code compare=true}): while it is on, the controller's frame
 * trains the {@link RunPair} here instead of the playground's run, and the page shows both sides'
 * output plots and small diagrams, side B's controls and one chart with both loss curves. Any change
 * of a setting that would touch a run (side A's, from the playground's controls, or side B's) starts
 * both runs over, so that they stay comparable from epoch 0.
 */
public final class CompareMode implements ComparePart {
    private static final int HISTORY_SAMPLES = 400;
    /** Training time per frame (ms) when the speed is "as fast as possible". */
    private static final double TRAIN_MILLIS = 12;

    private final Playground page;
    private final HTMLElement section = Dom.byId("compare");
    private final HTMLElement summaryA = Dom.byId("compare-a-settings");
    private final HTMLElement summaryB = Dom.byId("compare-b-settings");
    private final HTMLElement lossA = Dom.byId("compare-a-loss");
    private final HTMLElement lossB = Dom.byId("compare-b-loss");
    private final HTMLElement note = Dom.byId("compare-note");
    private final BoundaryView plotA = new BoundaryView((HTMLCanvasElement) Dom.byId("compare-plot-a"));
    private final BoundaryView plotB = new BoundaryView((HTMLCanvasElement) Dom.byId("compare-plot-b"));
    private final SidePlayground sideA;
    private final SidePlayground sideB;
    private final NetworkView networkA;
    private final NetworkView networkB;
    private final CompareChart chart = new CompareChart((HTMLCanvasElement) Dom.byId("compare-chart"));
    private final SideBControls controls;
    private final LossHistory historyA = new LossHistory(HISTORY_SAMPLES);
    private final LossHistory historyB = new LossHistory(HISTORY_SAMPLES);
    private boolean active;
    private RunPair pair;
    /** The uploaded points the pair trains on (null: the generated dataset). */
    private DataPoints pairPoints;
    private boolean dirty;

    public CompareMode(Playground page) {
        this.page = page;
        this.sideA = new SidePlayground(page);
        this.sideB = new SidePlayground(page);
        this.networkA = new NetworkView((HTMLCanvasElement) Dom.byId("compare-net-a"), sideA);
        this.networkB = new NetworkView((HTMLCanvasElement) Dom.byId("compare-net-b"), sideB);
        this.controls = new SideBControls(page);
        Dom.byId("compare-open").addEventListener("click", event -> page.change(p -> p.compare = true));
        Dom.byId("compare-leave").addEventListener("click", event -> page.change(p -> p.compare = false));
    }

    @Override
    public boolean active() {
        return active;
    }

    /** Follows the state: switches the mode, and starts both runs over when a setting of either changed. */
    @Override
    public void sync(Preset p) {
        boolean on = p.compare && p.digits == null;
        if (on != active) {
            active = on;
            section.setHidden(!on);
            Dom.setClass(Dom.document().getBody(), "compare-mode", on);
            if (!on) {
                pair = null;
            }
        }
        if (!on) {
            return;
        }
        controls.show(p);
        if (pair == null || Effect.between(pair.presetA(), p) != Effect.VIEW || !pair.presetA().compareB.equals(p.compareB)
                || pairPoints != page.uploadedPoints()) {
            rebuild(p);
        }
        dirty = true;
    }

    private void rebuild(Preset p) {
        // Both sides train on the playground run's data: an uploaded dataset once its points are in.
        pairPoints = page.uploadedPoints();
        pair = pairPoints == null ? RunPair.create(p) : RunPair.create(p, pairPoints);
        historyA.clear();
        historyB.clear();
        record();
        sideA.show(pair.a());
        sideB.show(pair.b());
        Dom.setText(summaryA, summary(pair.presetA()));
        Dom.setText(summaryB, summary(pair.presetB()));
        Dom.setText(note, pairPoints == null && !p.datasetId.isEmpty() ? "Loading the uploaded dataset…" : "");
    }

    @Override
    public void frame(boolean playing) {
        if (pair == null) {
            return;
        }
        if (playing && !pair.bothDiverged()) {
            int speed = page.preset().speed;
            double start = Dom.now();
            int epochs = 0;
            do {
                pair.trainEpoch();
                record();
                epochs++;
            } while (speed == 0 ? Dom.now() - start < TRAIN_MILLIS : epochs < speed);
            dirty = true;
            if (pair.bothDiverged()) {
                page.pause();
            }
        }
        if (dirty) {
            draw(playing);
            dirty = false;
        }
    }

    @Override
    public void step() {
        if (pair != null) {
            pair.trainEpoch();
            record();
            dirty = true;
        }
    }

    @Override
    public void reset() {
        if (active) {
            rebuild(page.preset());
            dirty = true;
        }
    }

    private void record() {
        record(pair.a().trainer(), historyA);
        record(pair.b().trainer(), historyB);
    }

    private static void record(Trainer t, LossHistory history) {
        if (history.due(t.epoch())) {
            history.record(t.epoch(), t.trainLoss(), t.testLoss(), t.trainAccuracy(), t.testAccuracy());
        }
    }

    private void draw(boolean playing) {
        Preset p = page.preset();
        plotA.draw(pair.a(), pair.a().network(), p.showTestData, p.discretize, -1, -1, false, -1, playing);
        plotB.draw(pair.b(), pair.b().network(), p.showTestData, p.discretize, -1, -1, false, -1, playing);
        networkA.draw(pair.a(), null, null, null, false);
        networkB.draw(pair.b(), null, null, null, false);
        chart.draw(historyA, historyB, p.logLoss);
        Dom.setText(lossA, losses(pair.a().trainer()));
        Dom.setText(lossB, losses(pair.b().trainer()));
        Dom.setData(section, "epoch-a", Integer.toString(pair.a().trainer().epoch()));
        Dom.setData(section, "epoch-b", Integer.toString(pair.b().trainer().epoch()));
    }

    private static String losses(Trainer t) {
        return t.diverged() ? "epoch " + t.epoch() + ": diverged"
                : "epoch " + t.epoch() + ", training loss " + NumberText.significant(t.trainLoss(), 3)
                        + ", test loss " + NumberText.significant(t.testLoss(), 3);
    }

    /** A side's settings in a line (side A's are the playground's, changed with its own controls). */
    private static String summary(Preset a) {
        StringBuilder s = new StringBuilder("η ").append(NumberText.format(a.learningRate))
                .append(", batch ").append(a.batchSize).append(", ").append(a.optimizer.id())
                .append(", ").append(a.activation.id()).append(", regularization ").append(a.regularization.id());
        if (a.regularizationRate != 0) {
            s.append(" ").append(NumberText.format(a.regularizationRate));
        }
        s.append(", layers ");
        for (int i = 0; i < a.networkShape.length; i++) {
            s.append(i == 0 ? "" : ",").append(a.networkShape[i]);
        }
        s.append(a.networkShape.length == 0 ? "none" : "");
        if (a.dropout.length > 0) {
            s.append(", dropout ").append(SideBControls.dropoutText(a));
        }
        if (a.lrSchedule != ScheduleChoice.CONSTANT) {
            s.append(", η schedule ").append(a.lrSchedule.id());
        }
        return s.toString();
    }

    @Override
    public String compareJson() {
        if (!active || pair == null) {
            return "{\"active\":false}";
        }
        String weightsA = WeightsSnapshot.export(pair.a().network());
        String weightsB = WeightsSnapshot.export(pair.b().network());
        return "{\"active\":true,\"compareB\":\"" + pair.presetA().compareB + "\",\"sameWeights\":"
                + weightsA.equals(weightsB) + ",\"a\":" + side(pair.a(), historyA, weightsA) + ",\"b\":"
                + side(pair.b(), historyB, weightsB) + "}";
    }

    private static String side(Experiment e, LossHistory history, String weights) {
        Trainer t = e.trainer();
        return "{\"epoch\":" + t.epoch() + ",\"learningRateNow\":" + t.learningRateNow() + ",\"examples\":"
                + (e.trainPoints().size() + e.testPoints().size()) + ",\"trainLoss\":\"" + NumberText.format(t.trainLoss()) + "\",\"testLoss\":\""
                + NumberText.format(t.testLoss()) + "\",\"diverged\":" + t.diverged() + ",\"points\":" + history.size()
                + ",\"weights\":" + Rng.hash(weights) + "}";
    }
}
