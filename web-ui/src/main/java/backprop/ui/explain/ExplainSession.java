package backprop.ui.explain;

import backprop.engine.state.ExplainPhase;
import backprop.engine.data.Examples;
import backprop.engine.train.Experiment;
import backprop.engine.state.Preset;
import backprop.engine.train.Trace;
import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Playground;
import backprop.ui.base.Target;

/**
 * The step-through of one example (the four phases of training, layer by
 * layer) as the controller runs it: which example and step the state names,
 * auto-play, and applying the explained update. The state itself (example,
 * phase, step) lives in the {@link backprop.engine.state.Preset}, so it travels in the URL.
 */
public final class ExplainSession implements ExplainPart {
    private final Playground controller;
    private boolean playing;
    private double lastStep;
    private int updatesApplied;
    private final ExplainPanel panel;

    public ExplainSession(Playground controller) {
        this.controller = controller;
        this.panel = new ExplainPanel(controller, this);
    }

    /** Once per frame: auto-play moves one step when the chosen pace has passed. */
    @Override
    public void tick() {
        if (playing) {
            if (!controller.preset().explaining()) {
                playing = false;
                controller.redraw();
            } else if (Dom.now() - lastStep >= panel.pace() * 1000) {
                next();
                lastStep = Dom.now();
                int depth = controller.experiment().network().depth();
                if (ExplainSteps.position(controller.preset().phase, controller.preset().explainStep, depth) == ExplainSteps.count(depth) - 1) {
                    playing = false;
                }
            }
        }
    }

    /** Opens the step-through view on an example (pausing training), at the start of the forward pass. */
    @Override
    public void open(boolean test, int index) {
        controller.pause();
        playing = false;
        controller.select(null);
        panel.showMessage("");
        ExplainPart.stateAt(controller, test, index);
    }

    /** A random training example. */
    void random() {
        int index = ExplainPart.randomExample(controller);
        if (index >= 0) {
            open(false, index);
        }
    }

    /** The training example with the largest loss: the one the network gets most wrong. */
    void worst() {
        int index = ExplainPart.worstExample(controller);
        if (index >= 0) {
            open(false, index);
        }
    }

    @Override
    public void next() {
        move(1);
    }

    @Override
    public void previous() {
        move(-1);
    }

    private void move(int by) {
        if (!controller.preset().explaining()) {
            return;
        }
        int depth = controller.experiment().network().depth();
        int position = ExplainSteps.position(controller.preset().phase, controller.preset().explainStep, depth) + by;
        if (position < 0 || position >= ExplainSteps.count(depth)) {
            return;
        }
        controller.change(p -> {
            p.phase = ExplainSteps.phaseAt(position, depth);
            p.explainStep = ExplainSteps.stepAt(position, depth);
        }, Effect.VIEW);
    }

    /** Jumps to a phase: its first layer for the layered ones. */
    void goTo(ExplainPhase phase) {
        if (!controller.preset().explaining()) {
            return;
        }
        controller.change(p -> {
            p.phase = phase;
            p.explainStep = phase.layered() ? 1 : 0;
        }, Effect.VIEW);
    }

    void togglePlay() {
        if (!controller.preset().explaining()) {
            return;
        }
        playing = !playing;
        if (playing) {
            int depth = controller.experiment().network().depth();
            if (ExplainSteps.position(controller.preset().phase, controller.preset().explainStep, depth) == ExplainSteps.count(depth) - 1) {
                goTo(ExplainPhase.FORWARD);
            }
            lastStep = Dom.now();
        }
        controller.redraw();
    }

    /** Applies exactly the explained update (one training step of batch size 1), then starts the example over. */
    void apply() {
        Trace trace = trace();
        if (trace == null) {
            return;
        }
        boolean finite = trace.finite() && !controller.experiment().trainer().diverged();
        controller.changeRun((experiment, history) -> experiment.trainer().applyTrace(trace));
        controller.recordHistory();
        updatesApplied++;
        playing = false;
        panel.showMessage(finite ? "Update " + updatesApplied + " applied: every weight and bias changed by"
                + " the Δw and Δb shown. The forward pass now runs on the new weights — step through again to see"
                + " this example's loss go down." : "This update was not finite, so the network is unchanged.");
        controller.change(p -> {
            p.phase = ExplainPhase.FORWARD;
            p.explainStep = 1;
        }, Effect.VIEW);
    }

    @Override
    public void exit() {
        playing = false;
        controller.select(null);
        panel.showMessage("");
        controller.change(p -> p.explainIndex = -1, Effect.VIEW);
    }

    /** Closes the view when the address names an example the data does not have. */
    @Override
    public void checkExample() {
        if (!controller.preset().explaining()) {
            return;
        }
        Trainer t = controller.experiment().trainer();
        Examples set = controller.preset().explainTest ? t.testExamples() : t.trainingExamples();
        if (controller.preset().explainIndex >= set.count) {
            panel.showMessage("The address asks to explain " + (controller.preset().explainTest ? "test" : "training")
                    + " example #" + controller.preset().explainIndex + ", but there are only " + set.count + ".");
            controller.change(p -> p.explainIndex = -1, Effect.VIEW);
        }
    }

    /** The trace of the explained example on the network as it is now, or null when none is explained. */
    @Override
    public Trace trace() {
        if (!controller.preset().explaining()) {
            return null;
        }
        Trainer t = controller.experiment().trainer();
        Examples set = controller.preset().explainTest ? t.testExamples() : t.trainingExamples();
        if (controller.preset().explainIndex >= set.count) {
            return null;
        }
        return t.trace(controller.preset().explainTest, controller.preset().explainIndex);
    }

    boolean playing() {
        return playing;
    }

    @Override
    public boolean showAfter(Preset preset) {
        return panel.showAfter(preset);
    }

    @Override
    public ExplainOverlay overlay(Trace trace, Preset preset) {
        return trace == null ? null : new ExplainOverlay(trace, preset.phase, preset.explainStep);
    }

    @Override
    public void draw(Experiment experiment, Preset preset, Trace trace, Target selected, String state) {
        panel.draw(experiment, preset, trace, selected, playing, key(state));
    }

    /** Changes every time what the step-through panel shows may have changed (but not on hover alone). */
    String key(String state) {
        return controller.generation() + "|" + controller.experiment().network().version() + "|"
                + controller.experiment().trainer().updates() + "|" + state;
    }
}
