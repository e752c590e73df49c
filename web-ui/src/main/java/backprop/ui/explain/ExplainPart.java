package backprop.ui.explain;

import backprop.engine.train.Experiment;
import backprop.engine.state.ExplainPhase;
import backprop.engine.state.Preset;
import backprop.engine.nn.Rng;
import backprop.engine.train.ExampleChoice;
import backprop.engine.train.Trace;
import backprop.engine.train.Trainer;
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

    /**
     * A training example worth explaining, or -1 when there is none: drawn at random among the
     * examples the network gets most wrong ({@link ExampleChoice}), another than the one explained now.
     */
    static int randomExample(Playground controller) {
        Trainer trainer = controller.experiment().trainer();
        if (trainer.trainingExamples().count == 0) {
            return -1;
        }
        Preset p = controller.preset();
        int avoid = p.explaining() && !p.explainTest ? p.explainIndex : -1;
        Rng rng = new Rng(Rng.hash(p.seed) ^ (int) (Dom.now() * 1000));
        return ExampleChoice.worthExplaining(ExampleChoice.losses(trainer.network(), trainer.loss(),
                trainer.trainingExamples()), rng, avoid);
    }

    /** The training example with the largest loss, or -1 when there is none. */
    static int worstExample(Playground controller) {
        Trainer trainer = controller.experiment().trainer();
        return ExampleChoice.largestLoss(ExampleChoice.losses(trainer.network(), trainer.loss(),
                trainer.trainingExamples()));
    }
}
