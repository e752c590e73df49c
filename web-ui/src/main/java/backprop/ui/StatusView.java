package backprop.ui;

import backprop.engine.train.Experiment;
import backprop.engine.text.NumberText;
import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The figures a person reads (epoch, losses) and the same figures as
 * {@code data-*} attributes on #status, for tests and embedding.
 */
final class StatusView {
    private final HTMLElement epoch = Dom.byId("epoch");
    private final HTMLElement trainLoss = Dom.byId("train-loss");
    private final HTMLElement testLoss = Dom.byId("test-loss");
    private final HTMLElement testAccuracy = Dom.byId("test-accuracy");
    private final HTMLElement testRmse = Dom.byId("test-rmse");
    private final HTMLElement testR2 = Dom.byId("test-r2");
    private final HTMLElement status = Dom.byId("status");
    private int shownEpoch = -1;

    void setEngine(String engine) {
        Dom.setData(status, "engine", engine);
        Dom.setData(status, "ready", "true");
        Dom.byId("engine-name").setInnerText("wasm".equals(engine) ? "WebAssembly" : "JavaScript");
    }

    /** How many points (training and test) the run was built on. */
    void setPoints(int points) {
        Dom.setData(status, "points", Integer.toString(points));
    }

    void draw(Experiment experiment, String state, boolean playing, int historySize) {
        Trainer trainer = experiment.trainer();
        int e = trainer.epoch();
        if (e != shownEpoch) {
            epoch.setInnerText(Format.epoch(e));
            shownEpoch = e;
        }
        double train = trainer.trainLoss();
        double test = trainer.testLoss();
        Dom.setText(trainLoss, Format.loss(train));
        Dom.setText(testLoss, Format.loss(test));
        Dom.setData(status, "epoch", Integer.toString(e));
        Dom.setData(status, "train-loss", NumberText.format(train));
        Dom.setData(status, "test-loss", NumberText.format(test));
        Dom.setData(status, "playing", String.valueOf(playing));
        Dom.setData(status, "diverged", String.valueOf(trainer.diverged()));
        Dom.setData(status, "state", state);
        Dom.setData(status, "history-size", Integer.toString(historySize));
        boolean classes = experiment.classes() != 0;
        Dom.setClass(Dom.document().getBody(), "no-accuracy", !classes);
        double accuracy = classes ? trainer.testAccuracy() : Double.NaN;
        Dom.setText(testAccuracy, accuracy == accuracy ? Format.fixed(100 * accuracy, 1) + " %" : "–");
        Dom.setData(status, "test-accuracy", accuracy == accuracy ? NumberText.format(accuracy) : "");
        // regression's figures, where classification shows its accuracy
        double rmse = classes ? Double.NaN : trainer.testRmse();
        double r2 = classes ? Double.NaN : trainer.testR2();
        Dom.setText(testRmse, rmse == rmse ? Format.loss(rmse) : "–");
        Dom.setText(testR2, r2 != r2 ? "–" : r2 == Double.NEGATIVE_INFINITY ? "−∞" : Format.fixed(r2, 3));
        Dom.setData(status, "test-rmse", rmse == rmse ? NumberText.format(rmse) : "");
        Dom.setData(status, "test-r2", r2 == r2 ? NumberText.format(r2) : "");
    }
}
