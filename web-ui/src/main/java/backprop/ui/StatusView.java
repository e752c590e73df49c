package backprop.ui;

import backprop.engine.Trainer;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The figures a person reads (epoch, losses) and the same figures as
 * {@code data-*} attributes on #status, for tests and embedding.
 */
final class StatusView {
    private final HTMLElement epoch = Dom.byId("epoch");
    private final HTMLElement trainLoss = Dom.byId("train-loss");
    private final HTMLElement testLoss = Dom.byId("test-loss");
    private final HTMLElement status = Dom.byId("status");
    private int shownEpoch = -1;

    void setEngine(String engine) {
        Dom.setData(status, "engine", engine);
        Dom.setData(status, "ready", "true");
        Dom.byId("engine-name").setInnerText("wasm".equals(engine) ? "WebAssembly" : "JavaScript");
    }

    void draw(Trainer trainer, String state, boolean playing) {
        int e = trainer.epoch();
        if (e != shownEpoch) {
            epoch.setInnerText(Format.epoch(e));
            shownEpoch = e;
        }
        double train = trainer.trainLoss();
        double test = trainer.testLoss();
        trainLoss.setInnerText(Format.loss(train));
        testLoss.setInnerText(Format.loss(test));
        Dom.setData(status, "epoch", Integer.toString(e));
        Dom.setData(status, "train-loss", Double.toString(train));
        Dom.setData(status, "test-loss", Double.toString(test));
        Dom.setData(status, "playing", String.valueOf(playing));
        Dom.setData(status, "diverged", String.valueOf(trainer.diverged()));
        Dom.setData(status, "state", state);
    }
}
