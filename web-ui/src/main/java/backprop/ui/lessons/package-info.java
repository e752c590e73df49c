/**
 * Lessons ({@code #lesson=N}): short chapters on the real engine that walk a learner through
 * backpropagation, each with a task the page checks. The panel ({@link LessonPanel}) shows one
 * {@link Chapter} at a time with its text, its live numbers, its task and the learner's progress;
 * {@link Chapters} lists the seven. Every number comes from the engine's {@code train.Trace}, the
 * path the step-through uses. Uses {@code base}, {@code plot} and {@code explain}; only the root
 * package uses it.
 */
package backprop.ui.lessons;
