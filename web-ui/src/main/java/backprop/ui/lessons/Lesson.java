package backprop.ui.lessons;

import backprop.engine.state.Preset;
import backprop.ui.base.Playground;

/**
 * What a {@link Chapter} may do with the page: read the state, change it (lesson values are
 * view-only keys, so an edit redraws and resets nothing of the playground's run), and say that its
 * own answer changed (a guess not kept in the state), so the panel shows the task's new state.
 */
public final class Lesson {
    private final Playground playground;
    private final Runnable answered;

    Lesson(Playground playground, Runnable answered) {
        this.playground = playground;
        this.answered = answered;
    }

    public Preset preset() {
        return playground.preset();
    }

    /** Changes the state; what it resets comes from the keys' declarations. */
    public void edit(Playground.Edit edit) {
        playground.change(edit);
    }

    /** The playground itself, for "open this in the playground". */
    public Playground playground() {
        return playground;
    }

    /** The chapter's own answer changed: the panel checks the task again. */
    public void answered() {
        answered.run();
    }
}
