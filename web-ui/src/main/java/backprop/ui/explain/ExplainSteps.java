package backprop.ui.explain;

import backprop.engine.state.ExplainPhase;

/**
 * The stepper's sequence for a network of depth D (weight layers): the
 * forward pass one layer at a time (steps 1..D), the loss, the backward pass
 * one layer at a time from the output (steps 1..D), the update — 2D + 2
 * positions in all. Step 0 of a layered phase means the whole phase.
 */
final class ExplainSteps {
    private ExplainSteps() {
    }

    static int count(int depth) {
        return 2 * depth + 2;
    }

    /** The position 0..2D+1 of (phase, step). */
    static int position(ExplainPhase phase, int step, int depth) {
        int s = step <= 0 || step > depth ? depth : step;
        switch (phase) {
            case FORWARD:
                return s - 1;
            case LOSS:
                return depth;
            case BACKWARD:
                return depth + s;
            default:
                return 2 * depth + 1;
        }
    }

    static ExplainPhase phaseAt(int position, int depth) {
        if (position < depth) {
            return ExplainPhase.FORWARD;
        }
        if (position == depth) {
            return ExplainPhase.LOSS;
        }
        return position <= 2 * depth ? ExplainPhase.BACKWARD : ExplainPhase.UPDATE;
    }

    static int stepAt(int position, int depth) {
        if (position < depth) {
            return position + 1;
        }
        if (position > depth && position <= 2 * depth) {
            return position - depth;
        }
        return 0;
    }

    /** Layers the display has reached in this phase: 1..D for the layered phases, D otherwise. */
    static int reached(ExplainPhase phase, int step, int depth) {
        return phase.layered() && step >= 1 && step <= depth ? step : depth;
    }
}
