package backprop.ui;

import backprop.engine.state.Preset;
import backprop.engine.train.StopRule;
import backprop.engine.train.Trainer;

/**
 * The playing run's stop conditions ({@code stopEpochs}, {@code stopLoss}; {@link StopRule}) and
 * where the last one stopped it, for the marker on the loss chart. Armed when play starts and when
 * the state changes while playing; the frame trains at most up to the stop epoch, so the run
 * pauses at exactly that epoch. The loss is checked once per frame: at the default pace (one epoch
 * a frame) that is after every epoch; faster, the run stops at the end of the frame whose training
 * took the loss below the threshold.
 */
final class RunStops {
    private StopRule rule = new StopRule(0, 0);
    private int stoppedEpoch = -1;
    private String reason = "";

    /** Play starts (or the settings changed while playing): the conditions not yet met count from now. */
    void arm(Preset preset, Trainer trainer) {
        rule = StopRule.of(preset);
        rule.arm(trainer.epoch(), preset.stopLoss > 0 ? trainer.trainLoss() : 0);
    }

    /** At most how many epochs this frame may train, given the pace's {@code most}. */
    int cap(Trainer trainer, int most) {
        return Math.max(0, Math.min(most, rule.epochsLeft(trainer.epoch())));
    }

    /** Whether a condition is met now; if so it is remembered as the stop to mark. */
    boolean stopNow(Trainer trainer) {
        String why = rule.check(trainer.epoch(), rule.watchesLoss() ? trainer.trainLoss() : Double.POSITIVE_INFINITY);
        if (why == null) {
            return false;
        }
        stoppedEpoch = trainer.epoch();
        reason = "stopped: " + why;
        return true;
    }

    /** A new run: no stop to mark. */
    void clear() {
        stoppedEpoch = -1;
        reason = "";
    }

    /** The epoch of the last stop, or −1 when there is none. */
    int stoppedEpoch() {
        return stoppedEpoch;
    }

    /** "stopped: after 500 epochs", or empty. */
    String reason() {
        return reason;
    }
}
