package backprop.ui;

import backprop.engine.ExplainPhase;
import backprop.engine.Examples;
import backprop.engine.Rng;
import backprop.engine.Trace;
import backprop.engine.Trainer;

/**
 * The step-through of one example (the four phases of training, layer by
 * layer) as the controller runs it: which example and step the state names,
 * auto-play, and applying the explained update. The state itself (example,
 * phase, step) lives in the {@link backprop.engine.Preset}, so it travels in the URL.
 */
final class ExplainSession {
    private final Controller controller;
    private boolean playing;
    private double lastStep;
    private int updatesApplied;

    ExplainSession(Controller controller) {
        this.controller = controller;
    }

    /** Once per frame: auto-play moves one step when the chosen pace has passed. */
    void tick() {
        if (playing) {
            if (!controller.preset().explaining()) {
                playing = false;
                controller.redraw();
            } else if (Dom.now() - lastStep >= controller.views().explain.pace() * 1000) {
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
    void open(boolean test, int index) {
        controller.pause();
        playing = false;
        controller.select(null);
        controller.views().explain.showMessage("");
        controller.change(p -> {
            p.explainTest = test;
            p.explainIndex = index;
            p.phase = ExplainPhase.FORWARD;
            p.explainStep = 1;
        }, Effect.VIEW);
    }

    /** A random training example. */
    void random() {
        int count = controller.experiment().trainer().trainExamples().count;
        if (count == 0) {
            return;
        }
        Rng rng = new Rng(Rng.hash(controller.preset().seed) ^ (int) (Dom.now() * 1000));
        int index = rng.nextInt(count);
        if (count > 1 && controller.preset().explaining() && !controller.preset().explainTest && index == controller.preset().explainIndex) {
            index = (index + 1) % count;
        }
        open(false, index);
    }

    void next() {
        move(1);
    }

    void previous() {
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
        controller.experiment().trainer().applyTrace(trace);
        controller.recordHistory();
        updatesApplied++;
        playing = false;
        controller.views().explain.showMessage(finite ? "Update " + updatesApplied + " applied: every weight and bias changed by"
                + " the Δw and Δb shown. The forward pass now runs on the new weights — step through again to see"
                + " this example's loss go down." : "This update was not finite, so the network is unchanged.");
        controller.change(p -> {
            p.phase = ExplainPhase.FORWARD;
            p.explainStep = 1;
        }, Effect.VIEW);
    }

    void exit() {
        playing = false;
        controller.select(null);
        controller.views().explain.showMessage("");
        controller.change(p -> p.explainIndex = -1, Effect.VIEW);
    }

    /** Closes the view when the address names an example the data does not have. */
    void checkExample() {
        if (!controller.preset().explaining()) {
            return;
        }
        Trainer t = controller.experiment().trainer();
        Examples set = controller.preset().explainTest ? t.testExamples() : t.trainExamples();
        if (controller.preset().explainIndex >= set.count) {
            controller.views().explain.showMessage("The address asks to explain " + (controller.preset().explainTest ? "test" : "training")
                    + " example #" + controller.preset().explainIndex + ", but there are only " + set.count + ".");
            controller.preset().explainIndex = -1;
            controller.writeHash();
        }
    }

    /** The trace of the explained example on the network as it is now, or null when none is explained. */
    Trace trace() {
        if (!controller.preset().explaining()) {
            return null;
        }
        Trainer t = controller.experiment().trainer();
        Examples set = controller.preset().explainTest ? t.testExamples() : t.trainExamples();
        if (controller.preset().explainIndex >= set.count) {
            return null;
        }
        return t.trace(controller.preset().explainTest, controller.preset().explainIndex);
    }

    boolean playing() {
        return playing;
    }

    /** Changes every time what the step-through panel shows may have changed (but not on hover alone). */
    String key(String state) {
        return controller.generation() + "|" + controller.experiment().network().version() + "|"
                + controller.experiment().trainer().updates() + "|" + state;
    }
}
