package backprop.ui;

import backprop.engine.state.Preset;
import backprop.engine.train.Trainer;

/**
 * Whether the playground's run plays, and what a playing frame trains: as many epochs as the
 * frame's time budget allows ({@link FramePacer}), at most the speed setting's, and never past the
 * run's stop conditions ({@link RunStops}), which are armed when play starts and again whenever
 * the settings change while it plays. The controller's frame loop asks it; the controller pauses
 * the run and tells the views.
 */
final class Playing {
    private final FramePacer pacer = new FramePacer();
    /** The stop conditions of the playing run and the last stop. */
    private final RunStops stops = new RunStops();
    private boolean on;

    boolean on() {
        return on;
    }

    /** Play starts: the stop conditions count from now. */
    void start(Preset preset, Trainer trainer) {
        on = true;
        stops.arm(preset, trainer);
    }

    void stop() {
        on = false;
    }

    /** The settings changed: while playing, the stop conditions not yet met count from now. */
    void settingsChanged(Preset preset, Trainer trainer) {
        if (on) {
            stops.arm(preset, trainer);
        }
    }

    /** At the start of the frame callback, with the frame's timestamp. */
    void frameStarted(double timestamp, double now) {
        pacer.frameStarted(timestamp, now);
    }

    /**
     * Trains what this frame may (speed 0: as fast as it goes), {@code record} after each epoch
     * and once at the end. Returns false when the run must pause: it diverged or met a stop condition.
     */
    boolean train(Trainer trainer, int speed, Runnable record) {
        int most = stops.cap(trainer, speed == 0 ? Integer.MAX_VALUE : speed);
        if (most > 0) {
            pacer.train(trainer, most, record);
        }
        record.run();
        return !trainer.diverged() && !stops.stopNow(trainer);
    }

    /** At the end of the frame callback, with whether the views drew in it. */
    void frameEnded(double now, boolean drew) {
        pacer.frameEnded(now, drew);
    }

    /** The stop conditions and the last stop, for the schedule view's marker. */
    RunStops stops() {
        return stops;
    }
}
