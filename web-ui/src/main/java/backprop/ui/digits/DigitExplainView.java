package backprop.ui.digits;

import backprop.engine.data.DigitTask;
import backprop.engine.digits.Digits;
import backprop.engine.digits.DigitsExperiment;
import backprop.engine.nn.Network;
import backprop.engine.train.Trace;
import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import backprop.ui.base.Palette;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * "Explain this digit": one training step on the drawn digit, recorded as a {@link Trace}
 * (the very calls training makes), shown in aggregate because 784 inputs are too many to draw
 * one by one: the input image; δ = ∂L/∂z of every output and of every neuron of the first
 * layer after the input; and that layer's ∂L/∂w as one image per neuron. Since
 * ∂L/∂w_ji = δ_j · x_i, each gradient image is the digit itself scaled by the neuron's δ.
 * "Apply this step" makes exactly the recorded update (the target is the predicted class
 * unless the person picks another).
 */
final class DigitExplainView {
    private static final double CELL = 22;
    private final HTMLElement panel = Dom.byId("digit-explain");
    private final HTMLElement summary = Dom.byId("digit-explain-summary");
    private final HTMLSelectElement target = (HTMLSelectElement) Dom.byId("digit-explain-target");
    private final HTMLCanvasElement inputCanvas = (HTMLCanvasElement) Dom.byId("digit-explain-input");
    private final HTMLCanvasElement deltaCanvas = (HTMLCanvasElement) Dom.byId("digit-explain-deltas");
    private final HTMLCanvasElement gradientCanvas = (HTMLCanvasElement) Dom.byId("digit-explain-gradients");
    private final DigitAtlas inputAtlas = new DigitAtlas();
    private final DigitAtlas gradientAtlas = new DigitAtlas();
    private DigitsExperiment experiment;
    private double[] image;
    private Trace trace;
    private DigitTask targetsFor;

    DigitExplainView(DigitsMode mode) {
        target.addEventListener("change", event -> record(Integer.parseInt(target.getValue())));
        Dom.byId("digit-explain-apply").addEventListener("click", event -> mode.applyExplained());
        Dom.byId("digit-explain-close").addEventListener("click", event -> hide());
    }

    void hide() {
        panel.setHidden(true);
        trace = null;
    }

    /** Records and shows the step for {@code image28} (28×28), towards the class the network now predicts. */
    void show(DigitsExperiment run, double[] image28) {
        experiment = run;
        image = run.side() == 28 ? image28.clone() : Digits.downsample(image28, 28, 28);
        DigitTask task = run.task();
        if (task != targetsFor) {
            targetsFor = task;
            target.setInnerText("");
            for (int c = 0; c < task.classes(); c++) {
                HTMLElement option = Dom.create("option", null);
                option.setAttribute("value", Integer.toString(c));
                option.setInnerText(task.className(c));
                target.appendChild(option);
            }
        }
        int predicted = task.predictedClass(run.network().forward(image, 0));
        target.setValue(Integer.toString(predicted));
        panel.setHidden(false);
        record(predicted);
    }

    /** Applies the recorded step to the network (recorded again first if training moved on). */
    boolean apply(DigitsExperiment run) {
        if (trace == null || run != experiment) {
            return false;
        }
        try {
            run.trainer().applyTrace(trace);
        } catch (IllegalArgumentException changedSince) {
            record(Integer.parseInt(target.getValue()));
            run.trainer().applyTrace(trace);
        }
        record(Integer.parseInt(target.getValue()));
        return true;
    }

    private void record(int targetClass) {
        if (experiment == null) {
            return;
        }
        DigitTask task = experiment.task();
        double[] targets = new double[task.outputs()];
        task.writeTargets(task == DigitTask.IS_FIVE ? (targetClass == 1 ? 5 : 0) : targetClass, targets, 0);
        Trainer t = experiment.trainer();
        trace = Trace.record(experiment.network(), t.optimizer(), t.loss(), t.learningRateNow(), t.regularization(),
                t.regularizationRate(), image, 0, targets, 0);
        draw(task, targetClass);
    }

    private void draw(DigitTask task, int targetClass) {
        Network net = trace.before();
        int depth = net.depth();
        int side = experiment.side();
        double[] out = trace.outputs(depth - 1);
        int predicted = task.predictedClass(out);
        summary.setInnerText(summary(task, predicted, targetClass, trace.loss(), depth > 1));
        Dom.setData(panel, "loss", Double.toString(trace.loss()));

        CanvasRenderingContext2D ic = Dom.context(inputCanvas);
        inputAtlas.ensure(side, 1);
        inputAtlas.grey(0, image, 0);
        inputAtlas.flush();
        inputAtlas.draw(ic, 0, 0, 0, inputCanvas.getWidth());

        double[] hiddenDelta = depth > 1 ? trace.deltas(0) : new double[0];
        double[] outputDelta = trace.deltas(depth - 1);
        drawDeltas(task, hiddenDelta, outputDelta);

        double[] gradients = trace.weightGradients(0);
        int units = net.layerSize(1);
        int inputs = net.inputCount();
        double scale = DigitAtlas.maxAbs(gradients, 0, gradients.length);
        gradientAtlas.ensure(side, units);
        for (int j = 0; j < units; j++) {
            // Shown as −∂L/∂w: the direction plain gradient descent moves each weight.
            gradientAtlas.signed(j, gradients, j * inputs, -scale);
        }
        gradientAtlas.flush();
        int columns = units <= 16 ? units : 16;
        double cell = Math.min(40, Math.floor((gradientCanvas.getWidth() - 2.0 * (columns - 1)) / columns));
        int rows = (units + columns - 1) / columns;
        gradientCanvas.setHeight((int) (rows * (cell + 2)));
        CanvasRenderingContext2D gc = Dom.context(gradientCanvas);
        gc.clearRect(0, 0, gradientCanvas.getWidth(), gradientCanvas.getHeight());
        for (int j = 0; j < units; j++) {
            gradientAtlas.draw(gc, j, (j % columns) * (cell + 2), (j / columns) * (cell + 2), cell);
        }
    }

    /** Two heat rows: δ of each hidden neuron (first layer), δ of each output; each row scaled by its largest |δ|. */
    private void drawDeltas(DigitTask task, double[] hiddenDelta, double[] outputDelta) {
        CanvasRenderingContext2D c = Dom.context(deltaCanvas);
        double width = deltaCanvas.getWidth();
        c.clearRect(0, 0, width, deltaCanvas.getHeight());
        c.setFont("11px system-ui, sans-serif");
        c.setTextBaseline("middle");
        c.setTextAlign("left");
        c.setFillStyle("#555555");
        double left = 100;
        if (hiddenDelta.length > 0) {
            c.fillText("hidden δ", 0, CELL / 2);
            row(c, hiddenDelta, left, 0, width - left);
        }
        double y = hiddenDelta.length > 0 ? CELL + 8 : 0;
        c.setFillStyle("#555555");
        c.fillText("output δ = o − t", 0, y + CELL / 2);
        row(c, outputDelta, left, y, Math.min(width - left, outputDelta.length * 28.0));
        c.setTextAlign("center");
        c.setFillStyle("#222222");
        double w = Math.min(width - left, outputDelta.length * 28.0) / outputDelta.length;
        for (int k = 0; k < outputDelta.length; k++) {
            c.fillText(task == DigitTask.IS_FIVE ? "P(5)" : Integer.toString(k), left + (k + 0.5) * w, y + CELL / 2);
        }
    }

    private static void row(CanvasRenderingContext2D c, double[] values, double x, double y, double width) {
        double max = DigitAtlas.maxAbs(values, 0, values.length);
        double w = width / values.length;
        for (int i = 0; i < values.length; i++) {
            double v = max > 0 ? values[i] / max : 0;
            c.setFillStyle(v >= 0 ? Palette.POSITIVE : Palette.NEGATIVE);
            c.setGlobalAlpha(0.08 + 0.92 * Math.abs(v));
            c.fillRect(x + i * w, y, Math.max(1, w - 1), CELL);
        }
        c.setGlobalAlpha(1);
    }

    static String summary(DigitTask task, int predicted, int targetClass, double loss, boolean hidden) {
        return "Forward: the network reads your digit as " + task.className(predicted) + ". Loss against the target "
                + task.className(targetClass) + ": L = " + Format.number(loss) + ". Backward: each output's δ = o − t"
                + (hidden ? "; each hidden neuron's δ = (Σ w·δ of the outputs) · f′(z)" : "")
                + ". Update: ∂L/∂w = δ × input pixel, so each neuron's gradient image is your digit scaled by its δ;"
                + " shown as −∂L/∂w, the way one step of gradient descent moves each weight (blue up, orange down).";
    }
}
