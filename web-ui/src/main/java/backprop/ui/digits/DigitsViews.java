package backprop.ui.digits;

import backprop.engine.data.DigitTask;
import backprop.engine.digits.Digits;
import backprop.engine.digits.DigitsExperiment;
import backprop.engine.nn.Network;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import backprop.ui.base.Playground;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Every view of the digits mode, drawn from {@link DigitsMode}'s state: the network (input
 * digit, hidden units as weight images, output bars), test accuracy over time, the confusion
 * matrix, the gallery (mistakes or one cell), the draw pad's prediction, and
 * {@code #digits-status}'s data-* attributes for tests.
 */
final class DigitsViews {
    final DigitsControls controls;
    final DrawPad pad;
    final DigitExplainView explain;
    private final HTMLElement section = Dom.byId("digits");
    private final HTMLElement status = Dom.byId("digits-status");
    private final HTMLElement progress = Dom.byId("digits-progress");
    private final HTMLElement progressText = Dom.byId("digits-progress-text");
    private final HTMLElement loading = Dom.byId("digits-loading");
    private final HTMLElement errorBox = Dom.byId("digits-error");
    private final HTMLElement errorText = Dom.byId("digits-error-text");
    private final HTMLElement accuracyText = Dom.byId("digits-accuracy");
    private final HTMLElement accuracyNote = Dom.byId("digits-accuracy-note");
    private final HTMLElement predictionText = Dom.byId("draw-prediction");
    private final HTMLElement inputCaption = Dom.byId("digit-input-caption");
    private final HTMLElement hiddenCaption = Dom.byId("hidden-units-caption");
    private final DigitInputView input = new DigitInputView((HTMLCanvasElement) Dom.byId("digit-input"));
    private final HiddenUnitsView hidden = new HiddenUnitsView((HTMLCanvasElement) Dom.byId("hidden-units"));
    private final OutputBarsView outputBars = new OutputBarsView(Dom.byId("digit-outputs"));
    private final OutputBarsView padBars = new OutputBarsView(Dom.byId("draw-bars"));
    private final AccuracyChart chart = new AccuracyChart((HTMLCanvasElement) Dom.byId("accuracy-chart"));
    private final ConfusionMatrixView confusion;
    private final DigitGallery gallery;
    private final HonestAccuracyView honest = new HonestAccuracyView(status);
    private double[] hiddenActivations = new double[0];

    DigitsViews(DigitsMode mode, Playground controller) {
        controls = new DigitsControls(controller, mode);
        pad = new DrawPad((HTMLCanvasElement) Dom.byId("draw-pad"), mode);
        explain = new DigitExplainView(mode);
        confusion = new ConfusionMatrixView(Dom.byId("confusion"), mode::selectCell);
        gallery = new DigitGallery((HTMLCanvasElement) Dom.byId("digit-gallery"), Dom.byId("gallery-title"),
                mode::selectTest);
        Dom.byId("digits-retry").addEventListener("click", event -> mode.retry());
        Dom.byId("gallery-mistakes").addEventListener("click", event -> mode.showMistakes());
    }

    void showMode(boolean on) {
        section.setHidden(!on);
        Dom.setClass(Dom.document().getBody(), "digits-mode", on);
        Dom.setData(status, "active", String.valueOf(on));
    }

    void showLoading(int received, int total) {
        loading.setHidden(false);
        errorBox.setHidden(true);
        progress.setAttribute("max", Integer.toString(total));
        progress.setAttribute("value", Integer.toString(received));
        Dom.setData(progress, "value", Format.fixed(total > 0 ? (double) received / total : 0, 3));
        progressText.setInnerText("Downloading 10,000 handwritten digits: " + (received / 1024) + " of "
                + (total / 1024) + " KB");
        Dom.setData(status, "state", "loading");
    }

    void showPreparing(String text) {
        progressText.setInnerText(text);
        Dom.setData(progress, "value", "1");
        Dom.setData(status, "state", "preparing");
    }

    void showError(String message) {
        errorText.setInnerText(message);
        errorBox.setHidden(false);
        loading.setHidden(true);
        Dom.setData(status, "state", "error");
        Dom.setData(status, "error", message);
    }

    void showReady(DigitsExperiment experiment) {
        loading.setHidden(true);
        errorBox.setHidden(true);
        Dom.setData(status, "state", "ready");
        Dom.setData(status, "error", "");
        int[] shape = experiment.network().shape();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : "-").append(shape[i]);
        }
        Dom.setData(status, "shape", text.toString());
        Dom.setData(status, "task", experiment.task().id());
        honest.showBaseline(experiment);
        explain.hide();
    }

    void drawStatus(DigitsMode mode) {
        // Loading and failure show themselves through the progress bar and the error box.
    }

    void draw(DigitsMode mode, boolean networkChanged, boolean inputChanged, boolean resultsChanged) {
        DigitsExperiment experiment = mode.experiment();
        DigitTask task = experiment.task();
        if (networkChanged || inputChanged) {
            double[] image = mode.shownImage();
            double[] outputs = experiment.predict(image);
            Network network = experiment.network();
            if (network.depth() > 1) {
                double[] a = network.outputs(0);
                if (hiddenActivations.length != a.length) {
                    hiddenActivations = new double[a.length];
                }
                System.arraycopy(a, 0, hiddenActivations, 0, a.length);
            } else {
                hiddenActivations = new double[0];
            }
            int side = experiment.side();
            input.draw(scaled(image, side), side);
            outputBars.draw(task, outputs);
            hidden.draw(network, side, hiddenActivations);
            int test = mode.shownTest();
            inputCaption.setInnerText(test < 0 ? "Your drawing, as the network sees it"
                    : "Test digit " + test + " (a " + mode.shownLabel() + "); click a digit below to show another");
            hiddenCaption.setInnerText(hidden.caption(network));
            double[] drawn = mode.drawn();
            if (drawn == null) {
                predictionText.setInnerText("");
                Dom.setData(predictionText, "class", "");
                padBars.clear();
            } else {
                double[] p = test < 0 ? outputs : experiment.predict(drawn);
                int c = task.predictedClass(p);
                double confidence = task == DigitTask.IS_FIVE ? (c == 1 ? p[0] : 1 - p[0]) : p[c];
                predictionText.setInnerText((task == DigitTask.IS_FIVE ? (c == 1 ? "a 5" : "not a 5") : "a " + c)
                        + " (" + (int) Math.floor(100 * confidence + 0.5) + " %)");
                Dom.setData(predictionText, "class", Integer.toString(c));
                padBars.draw(task, p);
            }
        }
        if (resultsChanged && experiment.evaluated()) {
            double accuracy = experiment.evaluatedTestAccuracy();
            accuracyText.setInnerText(Format.fixed(100 * accuracy, 1) + " %");
            double examples = experiment.evaluatedAtExample();
            accuracyNote.setInnerText("of the " + experiment.split().testCount() + " test digits right, after "
                    + Format.fixed(examples / experiment.split().trainCount(), 2) + " epochs ("
                    + (long) examples + " training digits seen)");
            chart.draw(mode.curve(), experiment.split().trainCount(), honest.baseline(), honest.baselineLabel());
            confusion.draw(experiment, mode.cellActual(), mode.cellPredicted());
            honest.showPerClass(experiment);
            gallery.draw(experiment, mode.cellActual(), mode.cellPredicted());
            Dom.setData(status, "accuracy", Double.toString(accuracy));
            Dom.setData(status, "evaluated-at", Double.toString(examples));
            Dom.setData(status, "passes", Integer.toString(mode.curve().size()));
            Dom.setData(status, "curve", mode.curve().toText());
        }
        if (networkChanged) {
            Dom.setData(status, "examples", Double.toString(experiment.trainer().examplesTrained()));
            Dom.setData(status, "frame-ms", mode.timing().toText());
            Dom.byId("epoch").setInnerText(Format.epoch(experiment.trainer().epoch()));
        }
    }

    /** The 28×28 image at the network's resolution (halved by 2×2 means for 14×14). */
    private static double[] scaled(double[] image, int side) {
        return side == 28 ? image : Digits.downsample(image, 28, 28);
    }
}
