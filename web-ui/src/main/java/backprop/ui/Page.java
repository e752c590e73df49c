package backprop.ui;

import backprop.engine.state.PresetCodec;
import backprop.engine.train.WeightsSnapshot;
import backprop.ui.remote.WeightsFile;

/** The running page behind {@link PageApi}: one controller, started once per build. */
final class Page implements PageApi {
    private static Page started;
    private final Controller controller;
    private final BuildParts parts;

    private Page(Controller controller, BuildParts parts) {
        this.controller = controller;
        this.parts = parts;
    }

    /** Builds and starts the controller with the build's parts; a second call returns the same page. */
    static Page start(String engine, String warning, BuildParts parts) {
        if (started == null) {
            started = new Page(new Controller(engine, new HashSync(), parts), parts);
            started.controller.start(warning);
        }
        return started;
    }

    @Override
    public String state() {
        return PresetCodec.encode(controller.preset());
    }

    @Override
    public int epoch() {
        return controller.experiment().trainer().epoch();
    }

    @Override
    public double trainLoss() {
        return controller.experiment().trainer().trainLoss();
    }

    @Override
    public double testLoss() {
        return controller.experiment().trainer().testLoss();
    }

    @Override
    public boolean playing() {
        return controller.playing();
    }

    @Override
    public void play() {
        controller.play();
    }

    @Override
    public void pause() {
        controller.pause();
    }

    @Override
    public void step() {
        controller.step();
    }

    @Override
    public void reset() {
        controller.reset();
    }

    @Override
    public void undo() {
        controller.undo();
    }

    @Override
    public String weights() {
        return WeightsSnapshot.export(controller.experiment().network());
    }

    @Override
    public String weightsJson() {
        return WeightsFile.toJson(controller.experiment().network());
    }

    @Override
    public void explain(boolean test, int index) {
        controller.explaining().open(test, index);
    }

    @Override
    public void exitExplain() {
        controller.explaining().exit();
    }

    @Override
    public String textbook() {
        return parts.textbook(controller).numbersJson();
    }

    @Override
    public String lesson() {
        return parts.lessons(controller).json();
    }

    @Override
    public String compare() {
        return parts.compare(controller).compareJson();
    }
}
