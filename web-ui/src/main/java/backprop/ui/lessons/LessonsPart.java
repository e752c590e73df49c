package backprop.ui.lessons;

import backprop.engine.state.Preset;

/**
 * The lessons as the page's root sees them. The full build has the panel ({@link LessonPanel});
 * the default build has a stand-in that switches to the full build as soon as the state opens a lesson.
 */
public interface LessonsPart {
    /** Follows the state: opens, changes or closes the chapter it names ({@code lesson}), shows its numbers. */
    void sync(Preset preset);

    /** The open chapter's number, title, done state and numbers, and the chapters done, as a JSON object. */
    String json();
}
