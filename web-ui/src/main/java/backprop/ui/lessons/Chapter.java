package backprop.ui.lessons;

import backprop.engine.state.Preset;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One chapter of the lessons: its words, its controls and live numbers, and its task. The panel
 * around it ({@link LessonPanel}) draws the title, the text, the task with its done mark, the
 * progress and the way between chapters; a chapter fills only its body. {@link Chapters} lists them.
 */
public interface Chapter {
    /** 1..7: its place in the lessons and its address ({@code #lesson=N}). */
    int number();

    String title();

    /** What the chapter teaches, in at most about 120 words of plain text (blank lines separate paragraphs). */
    String text();

    /** The task, one sentence the page checks ({@link #done}). */
    String task();

    /**
     * Builds the chapter's controls and numbers into {@code body} (empty when called). The chapter reads
     * and edits the state through {@code lesson}; {@link #show} follows right after.
     */
    void open(HTMLElement body, Lesson lesson);

    /** Shows the numbers of {@code preset}: after {@link #open}, and whenever the state changes. */
    void show(Preset preset);

    /** Called each time the page draws while the chapter is open (for a chapter that follows a training run). */
    default void frame() {
    }

    /** Whether the task is done (as of the last {@link #show} or the learner's last answer). */
    boolean done();

    /** The numbers the chapter shows, as members of the JSON object {@code window.playground.lesson()} returns. */
    void numbers(JsonText json);

    /**
     * "Open this in the playground": sets the playground up with this chapter's network and data
     * (the panel has already closed the lesson in {@code lesson}'s state).
     */
    void openInPlayground(Lesson lesson);
}
