package backprop.ui;

import backprop.engine.train.Experiment;
import backprop.engine.train.LossHistory;
import backprop.engine.train.Trainer;
import backprop.engine.train.UpdateRatios;

/**
 * What the page keeps of the playground's run as it trains, for its charts: the loss history and,
 * at the same epochs once an update has been applied, the update ratios (the last
 * {@value #SAMPLES} samples of each). A new run starts both afresh.
 */
final class RunRecord {
    private static final int SAMPLES = 400;

    final LossHistory history = new LossHistory(SAMPLES);
    final UpdateRatios ratios = new UpdateRatios(SAMPLES);

    /** Offers the run's figures now: kept when the history is due, the ratios with them after an update. */
    void record(Experiment experiment) {
        Trainer t = experiment.trainer();
        if (history.due(t.epoch()) && history.record(t.epoch(), t.trainLoss(), t.testLoss(), t.trainAccuracy(),
                t.testAccuracy()) && t.updates() > 0) {
            ratios.record(t.epoch(), experiment.network());
        }
    }

    /** A new run: nothing recorded yet. */
    void clear() {
        history.clear();
        ratios.clear();
    }
}
