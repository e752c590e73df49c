package backprop.ui.textbook;

import backprop.engine.state.Preset;

/**
 * The textbook example's view as the page uses it: {@link TextbookView} in the full build, and
 * in the default build a stand-in that loads the full build when the state asks for the view.
 */
public interface TextbookPart {
    /** Shows or hides the view as the state says, and redraws its numbers when they changed. */
    void draw(Preset preset);

    /** The view's numbers as plain JSON (see {@link TextbookJson}), or {@code null} when the build has no view. */
    String numbersJson();
}
