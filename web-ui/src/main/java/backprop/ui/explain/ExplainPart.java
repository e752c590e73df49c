package backprop.ui.explain;

import backprop.engine.train.Experiment;
import backprop.engine.state.ExplainPhase;
import backprop.engine.state.Preset;
import backprop.engine.nn.Rng;
import backprop.engine.train.Trace;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Playground;
import backprop.ui.base.Target;

/**
 * The step-through as the controller and the views use it. The full build runs
 * {@link ExplainSession}; the default build leaves the step-through out so that it loads faster
 * and has {@code backprop.ui.FullBuildSwitch} instead, which brings in the full build when someone
 * opens the step-through.
 */
public interface ExplainPart {
    /** Opens the step-through on an example (pausing training). */
    void open(boolean test, int index);

    void exit();

    void next();

    void previous();

    /** Once per frame (auto-play). */
    void tick();

    /** After the state changed: closes the view when the example it names does not exist. */
    void checkExample();

    /** The explained example's trace on the network as it is now, or null when none is explained. */
    Trace trace();

    /** Whether the output plot should show the network after the explained update. */
    boolean showAfter(Preset preset);

    /** What the diagram marks for the step shown, or null. */
    ExplainOverlay overlay(Trace trace, Preset preset);

    /** Draws the step-through panel. */
    void draw(Experiment experiment, Preset preset, Trace trace, Target selected, String state);

    /** Puts the step-through's example into the state, at the start of the forward pass. */
    static void stateAt(Playground controller, boolean test, int index) {
        controller.change(p -> {
            p.explainTest = test;
            p.explainIndex = index;
            p.phase = ExplainPhase.FORWARD;
            p.explainStep = 1;
        }, Effect.VIEW);
    }

    /** A random training example to explain (another than the one explained now), or -1 when there is none. */
    static int randomExample(Playground controller) {
        int count = controller.experiment().trainer().trainingExamples().count;
        if (count == 0) {
            return -1;
        }
        Preset p = controller.preset();
        int index = new Rng(Rng.hash(p.seed) ^ (int) (Dom.now() * 1000)).nextInt(count);
        if (count > 1 && p.explaining() && !p.explainTest && index == p.explainIndex) {
            index = (index + 1) % count;
        }
        return index;
    }
}
