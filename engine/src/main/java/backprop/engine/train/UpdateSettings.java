package backprop.engine.train;

import backprop.engine.nn.Checks;
import backprop.engine.nn.Regularization;

/**
 * The settings of a {@link Trainer}'s updates that may change between any two steps: the batch
 * size, the base learning rate η with its schedule, and the regularization with its rate λ — each
 * checked as it is set (TensorFlow Playground's defaults at the start). A superclass rather than
 * a field, so that the trainer's public methods stay where every caller finds them while the
 * settings and their checks are read apart from the training.
 */
abstract class UpdateSettings {
    private double learningRate = 0.03;
    private LearningRateSchedule schedule = LearningRateSchedule.CONSTANT;
    private int batchSize = 10;
    private Regularization regularization = Regularization.NONE;
    private double regularizationRate;

    /** η ≥ 0. */
    public void setLearningRate(double learningRate) {
        this.learningRate = Checks.nonNegative(learningRate, "learning rate");
    }

    /** How η changes over the epochs (constant: the base η, bit for bit, as before schedules). */
    public void setSchedule(LearningRateSchedule schedule) {
        this.schedule = Checks.notNull(schedule, "schedule");
    }

    /** Examples per update, ≥ 1. */
    public void setBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** The penalty on the weights and its rate λ ≥ 0. */
    public void setRegularization(Regularization regularization, double rate) {
        Checks.notNull(regularization, "regularization");
        regularizationRate = Checks.nonNegative(rate, "regularization rate");
        this.regularization = regularization;
    }

    /** The base η the learning-rate control sets. */
    public double learningRate() {
        return learningRate;
    }

    /** The η of the updates in {@code epoch}: the schedule's η(epoch) from the base η. */
    double learningRateIn(int epoch) {
        return schedule.constant() ? learningRate : schedule.rate(learningRate, epoch);
    }

    public LearningRateSchedule schedule() {
        return schedule;
    }

    public int batchSize() {
        return batchSize;
    }

    public Regularization regularization() {
        return regularization;
    }

    public double regularizationRate() {
        return regularizationRate;
    }
}
