package backprop.engine.state;

import backprop.engine.text.Identified;

/**
 * How the learning rate changes over the epochs (URL key {@code lrSchedule}); the maths is
 * {@code backprop.engine.train.LearningRateSchedule}'s. Constant, the default, is TensorFlow
 * Playground's: η as set, every epoch.
 */
public enum ScheduleChoice implements Identified {
    /** η, every epoch. */
    CONSTANT("constant"),
    /** η·γ^⌊epoch/every⌋: γ times smaller after every {@code every} epochs. */
    STEP("step"),
    /** η·γ^(epoch/every): the same decay as step, spread smoothly over the epochs. */
    EXPONENTIAL("exp"),
    /** From η down to ηmin along half a cosine over {@code every} epochs, then ηmin. */
    COSINE("cosine"),
    /** Triangular: from ηmin up to η and back down again every {@code every} epochs. */
    CYCLIC("cyclic");

    private final String id;

    ScheduleChoice(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static ScheduleChoice fromId(String id) {
        return Identified.byId(values(), id);
    }
}
