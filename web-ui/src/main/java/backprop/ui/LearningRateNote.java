package backprop.ui;

import backprop.engine.nn.Network;
import backprop.engine.train.Experiment;
import backprop.engine.train.LearningRateAdvice;
import backprop.engine.train.LossHistory;
import backprop.engine.train.Saturation;
import backprop.engine.train.UpdateRatios;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The notice under the loss chart that speaks up when the learning rate looks too large (the
 * neurons saturate, the loss climbs back) or too small (the loss is high and barely falls, the
 * steps are tiny); {@link LearningRateAdvice} decides. While training, it judges at most every
 * {@link #EVERY_MILLIS} (finding the stuck neurons takes a pass over the training set).
 * {@code data-verdict} on the element names the verdict.
 */
final class LearningRateNote {
    private static final double EVERY_MILLIS = 500;

    private final HTMLElement element = Dom.byId("lr-notice");
    private int verdict = LearningRateAdvice.NONE;
    private int judgedEpoch = -1;
    private double judgedAt;
    private String shown = null;

    /** Judges the run (when it moved on) and shows the advice; returns the verdict for the ratio chart's note. */
    int draw(Experiment experiment, double learningRate, LossHistory history, boolean playing) {
        int epoch = experiment.trainer().epoch();
        double now = Dom.now();
        if (epoch != judgedEpoch && (!playing || now - judgedAt >= EVERY_MILLIS)) {
            judgedEpoch = epoch;
            judgedAt = now;
            Network network = experiment.network();
            double largest = 0;
            for (int k = 0; experiment.trainer().updates() > 0 && k < network.depth(); k++) {
                largest = Math.max(largest, UpdateRatios.ratio(network, k));
            }
            double stuck = experiment.trainer().diverged() ? 0
                    : Saturation.stuckFraction(network, experiment.trainer().trainingExamples());
            verdict = LearningRateAdvice.judge(history, stuck, largest);
        }
        String text = LearningRateAdvice.message(verdict, learningRate);
        if (!text.equals(shown)) {
            shown = text;
            element.setInnerText(text);
            element.setHidden(text.isEmpty());
            Dom.setData(element, "verdict", verdict == LearningRateAdvice.TOO_LARGE ? "too-large"
                    : verdict == LearningRateAdvice.TOO_SMALL ? "too-small" : "none");
        }
        return verdict;
    }
}
