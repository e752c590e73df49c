package backprop.engine.train;

import backprop.engine.nn.Checks;
import backprop.engine.state.Preset;
import backprop.engine.state.ScheduleChoice;
import backprop.engine.text.NumberText;

/**
 * The learning rate as a pure function of the epoch: η(epoch), from the base η the learning-rate
 * control sets and the schedule's parameters. The epoch is the number of completed passes over
 * the training examples ({@link Trainer#epoch()}), a whole number: η stays the same for every
 * update of one epoch and changes between epochs, so the learning-rate control, the schedule's
 * curve and the step-through all agree on the η of the epoch in progress.
 *
 * <ul>
 * <li>constant: η (TensorFlow Playground's; the trainer then uses η itself, bit for bit);
 * <li>step: η·γ^⌊epoch/every⌋;
 * <li>exponential: η·γ^(epoch/every);
 * <li>cosine: ηmin + (η − ηmin)·(1 + cos(π·t/T))/2 with t = min(epoch, T), T = every: from η at
 *     epoch 0 down to ηmin at epoch T, then ηmin;
 * <li>cyclic (triangular): ηmin + (η − ηmin)·(1 − |2·p − 1|) with p = (epoch mod every)/every: from
 *     ηmin up to η at half a period and back down, every {@code every} epochs.
 * </ul>
 */
public final class LearningRateSchedule {
    /** η as set, every epoch. */
    public static final LearningRateSchedule CONSTANT = new LearningRateSchedule(ScheduleChoice.CONSTANT, 1, 1, 0);

    private final ScheduleChoice type;
    private final int every;
    private final double gamma;
    private final double min;

    /**
     * @param every the period in epochs, ≥ 1
     * @param gamma γ in (0, 1] (step and exponential)
     * @param min ηmin ≥ 0 (cosine and cyclic)
     */
    public LearningRateSchedule(ScheduleChoice type, int every, double gamma, double min) {
        this.type = Checks.notNull(type, "schedule");
        if (every < 1) {
            throw new IllegalArgumentException("a schedule's period must be at least 1 epoch, got " + every);
        }
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("a schedule's γ must be in (0, 1], got " + NumberText.format(gamma));
        }
        this.every = every;
        this.gamma = gamma;
        this.min = Checks.nonNegative(min, "the schedule's smallest learning rate");
    }

    /** The schedule a preset names ({@code lrSchedule}, {@code lrEvery}, {@code lrGamma}, {@code lrMin}). */
    public static LearningRateSchedule of(Preset preset) {
        return preset.lrSchedule == ScheduleChoice.CONSTANT ? CONSTANT
                : new LearningRateSchedule(preset.lrSchedule, preset.lrEvery, preset.lrGamma, preset.lrMin);
    }

    /** η for the updates of epoch {@code epoch} (≥ 0) when the base learning rate is {@code base}. */
    public double rate(double base, int epoch) {
        switch (type) {
            case STEP:
                return base * Math.pow(gamma, epoch / every);
            case EXPONENTIAL:
                return base * Math.pow(gamma, (double) epoch / every);
            case COSINE:
                double t = Math.min(epoch, every);
                return min + (base - min) * (1 + Math.cos(Math.PI * t / every)) / 2;
            case CYCLIC:
                double p = (double) (epoch % every) / every;
                return min + (base - min) * (1 - Math.abs(2 * p - 1));
            default:
                return base;
        }
    }

    public ScheduleChoice type() {
        return type;
    }

    /** Whether η never changes (the trainer then uses the base η as it is). */
    public boolean constant() {
        return type == ScheduleChoice.CONSTANT;
    }
}
