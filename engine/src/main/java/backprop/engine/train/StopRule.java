package backprop.engine.train;

import backprop.engine.state.Preset;
import backprop.engine.text.NumberText;

/**
 * When a playing run pauses by itself: once it has trained {@code stopEpochs} epochs, or once its
 * training loss is below {@code stopLoss} (0 turns either off). A condition that already holds
 * when the run is started ({@link #arm}) does not stop it again, so pressing play after a stop goes
 * on training until the other condition, or the learner, stops it.
 */
public final class StopRule {
    private final double belowLoss;
    private final int afterEpochs;
    private boolean lossArmed;
    private boolean epochsArmed;

    /**
     * @param belowLoss stop when the training loss is below this; 0: never
     * @param afterEpochs stop when this many epochs are trained; 0: never
     */
    public StopRule(double belowLoss, int afterEpochs) {
        if (!(belowLoss >= 0) || afterEpochs < 0) {
            throw new IllegalArgumentException("a stop's loss and epochs must be 0 or more, got "
                    + NumberText.format(belowLoss) + " and " + afterEpochs);
        }
        this.belowLoss = belowLoss;
        this.afterEpochs = afterEpochs;
    }

    public static StopRule of(Preset preset) {
        return new StopRule(preset.stopLoss, preset.stopEpochs);
    }

    /** The run starts (or goes on) at {@code epoch} with training loss {@code loss}: the conditions not yet met count. */
    public void arm(int epoch, double loss) {
        lossArmed = belowLoss > 0 && !(loss < belowLoss);
        epochsArmed = afterEpochs > 0 && epoch < afterEpochs;
    }

    /**
     * How many more epochs the run may train before it must stop ({@link Integer#MAX_VALUE} when
     * no epoch count is armed), so that it stops at exactly {@code stopEpochs}.
     */
    public int epochsLeft(int epoch) {
        return epochsArmed ? Math.max(0, afterEpochs - epoch) : Integer.MAX_VALUE;
    }

    /** Whether the loss condition is armed (the page then measures the loss after every epoch). */
    public boolean watchesLoss() {
        return lossArmed;
    }

    /**
     * Why the run stops at {@code epoch} with training loss {@code loss} ("after 500 epochs",
     * "training loss 0.0098 < 0.01"), or null when it goes on. A stop disarms the rule.
     */
    public String check(int epoch, double loss) {
        String why = null;
        if (epochsArmed && epoch >= afterEpochs) {
            why = "after " + afterEpochs + (afterEpochs == 1 ? " epoch" : " epochs");
        } else if (lossArmed && loss < belowLoss) {
            why = "training loss " + NumberText.significant(loss, 3) + " < " + NumberText.format(belowLoss);
        }
        if (why != null) {
            lossArmed = false;
            epochsArmed = false;
        }
        return why;
    }
}
