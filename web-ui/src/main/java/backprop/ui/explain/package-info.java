/**
 * The step-through of one example: the session that follows the state's example, phase
 * and step, the sequence of steps, the panel with its numbers and explaining texts, and how the
 * network diagram looks at each step (an overlay drawn by {@code plot}'s diagram). Uses
 * {@code base} and {@code plot}.
 */
package backprop.ui.explain;
