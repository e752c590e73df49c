package backprop.ui.base;

import backprop.engine.data.DataPoints;
import backprop.engine.train.Experiment;
import backprop.engine.train.LossHistory;
import backprop.engine.state.Preset;

/**
 * The page's controller as the views and panels below the root package see it: they read the
 * state and the run through it and ask it for every change. {@code backprop.ui.Controller}
 * implements it; this seam lets those packages work without depending on the root package.
 */
public interface Playground {
    /** The playground state; views read it, and change it only through {@link #change}. */
    Preset preset();

    /** The running experiment (network, data, trainer). */
    Experiment experiment();

    LossHistory history();

    /** Counts rebuilt experiments, so that views can tell a new one from a changed one. */
    int generation();

    /** What the pointer is on in the network diagram. */
    Pointer pointer();

    /** The page's notice, where it speaks up. */
    Notice notice();

    /**
     * Applies an edit of the state. {@code effect} says what the edit invalidates:
     * nothing but the drawing, the training settings, the loss, the network, or the data.
     */
    void change(Edit edit, Effect effect);

    /**
     * Applies an edit of the state with the effect the state's key declarations give it
     * ({@link Effect#between}): the one place that decides what an ordinary edit resets. The edit is
     * tried on a copy first, so it must only set values (as every control's edit does).
     */
    default void change(Edit edit) {
        Preset after = preset().copy();
        edit.apply(after);
        change(edit, Effect.between(preset(), after));
    }

    /**
     * Changes the run itself from outside the animation loop (weights loaded from a file, the
     * step-through's applied update, a run carried over from the other build), then redraws.
     * Views never write the experiment or the history themselves.
     */
    void changeRun(RunEdit edit);

    /** Applies a state text as if it had been pasted into the address. */
    void applyState(String state);

    /** The uploaded dataset's points the run trains on, or null when it trains on a generated dataset. */
    DataPoints uploadedPoints();

    /** Runs {@code action} once the state's data are in play (at once unless an uploaded dataset is loading). */
    void whenDataReady(Runnable action);

    void pause();

    /** Asks for the views to be drawn again in the next frame. */
    void redraw();

    /** Records the trainer's figures in the loss history (and the update ratios). */
    void recordHistory();

    /** Writes the state into the address. */
    void writeHash();

    /** The pointer moved over {@code target} (or off the diagram, null) at (x, y). */
    void hover(Target target, double x, double y);

    /** A click or tap: an input switches on or off; a neuron, link or bias becomes the selection (null: none). */
    void select(Target target);

    /** Whether the output plot shows hidden neuron {@code index} of {@code layer}. */
    boolean shownNeuron(int layer, int index);

    /** An edit of the playground state. */
    interface Edit {
        void apply(Preset preset);
    }

    /** An edit of the running experiment and its loss history. */
    interface RunEdit {
        void apply(Experiment experiment, LossHistory history);
    }
}
