package backprop.engine.state;

import java.util.List;

/**
 * The keys of the learning-rate schedule and of the stop conditions ({@code lrSchedule=cosine&lrEvery=200&…},
 * {@code stopLoss=0.01}, {@code stopEpochs=500}). All are ours and left out of the URL at their defaults, so
 * TensorFlow Playground's links read as before: a constant η and no stop. The schedule changes the run
 * live (as the learning rate does); the stop conditions only tell the page when to pause.
 */
final class ScheduleKeys {
    private ScheduleKeys() {
    }

    static void addTo(List<Key<?>> k) {
        k.add(new Key<>("lrSchedule", false, Choice.of(ScheduleChoice.values()), ScheduleChoice.CONSTANT,
                Reset.TRAINING));
        k.add(new Key<>("lrEvery", false, ValueType.whole(1, Limits.MAX_SCHEDULE_EPOCHS), 100, Reset.TRAINING));
        k.add(new Key<>("lrGamma", false, ValueType.decimal(0, false, 1, true), 0.5, Reset.TRAINING));
        k.add(new Key<>("lrMin", false, ValueType.decimal(0, true, Limits.MAX_LEARNING_RATE, true), 0.0,
                Reset.TRAINING));
        k.add(new Key<>("stopLoss", false, ValueType.decimal(0, true, Limits.MAX_STOP_LOSS, true), 0.0, Reset.VIEW));
        k.add(new Key<>("stopEpochs", false, ValueType.whole(0, Limits.MAX_SCHEDULE_EPOCHS), 0, Reset.VIEW));
    }
}
