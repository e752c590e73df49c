package backprop.ui;

import backprop.engine.data.DataPoints;
import backprop.engine.data.Dataset;
import backprop.engine.data.Problem;
import backprop.engine.formula.Formula;
import backprop.engine.nn.Network;
import backprop.engine.state.Preset;
import backprop.engine.text.NumberText;
import backprop.engine.train.Experiment;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import backprop.ui.plot.BoundaryView;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The numbers behind a place on the output plot, under it: "network 0.42 · target 0.40 at
 * (1.5, −2)". The target is shown where the dataset is a function the page knows (a typed
 * formula: z = f(x, y), or ±1 for the side of y &gt; f(x)). Follows the pointer (mouse, pen, a tap)
 * and the point the keyboard marks ({@link PlotKeys}' {@code data-focus}).
 */
final class PlotReadout {
    private final Controller controller;
    private final BoundaryView view;
    private final HTMLCanvasElement canvas;
    private final HTMLElement readout = Dom.byId("plot-readout");
    private double[] inputs = new double[0];

    PlotReadout(BoundaryView view, Controller controller) {
        this.view = view;
        this.controller = controller;
        this.canvas = view.canvas();
        canvas.addEventListener("pointermove", event -> pointer((MouseEvent) event));
        canvas.addEventListener("pointerdown", event -> pointer((MouseEvent) event));
        canvas.addEventListener("keyup", event -> focused());
    }

    private void pointer(MouseEvent mouse) {
        double scale = canvas.getWidth() / Math.max(1.0, canvas.getClientWidth());
        double x = view.dataX(mouse.getOffsetX() * scale);
        double y = view.dataY(mouse.getOffsetY() * scale);
        if (Math.abs(x) <= Dataset.DOMAIN && Math.abs(y) <= Dataset.DOMAIN) {
            show(x, y);
        }
    }

    /** The point the keyboard marks, if any ("train:12" or "test:3" in {@code data-focus}). */
    private void focused() {
        String focus = canvas.getAttribute("data-focus");
        if (focus == null || focus.indexOf(':') < 0) {
            return;
        }
        Experiment experiment = controller.experiment();
        DataPoints points = focus.startsWith("test") ? experiment.testPoints() : experiment.trainPoints();
        double index = NumberText.parse(focus.substring(focus.indexOf(':') + 1)); // not Integer.parseInt: see Controls.whole
        if (index >= 0 && index < points.size()) {
            show(points.x[(int) index], points.y[(int) index]);
        }
    }

    private void show(double x, double y) {
        Experiment experiment = controller.experiment();
        Network network = experiment.network();
        if (inputs.length != experiment.features().width()) {
            inputs = new double[experiment.features().width()];
        }
        experiment.features().compute(x, y, inputs, 0);
        double[] out = network.forward(inputs, 0);
        StringBuilder s = new StringBuilder("network ");
        if (out.length == 1) {
            s.append(Format.fixed(out[0], 2));
        } else {
            int best = 0;
            for (int k = 1; k < out.length; k++) {
                best = out[k] > out[best] ? k : best;
            }
            s.append("class ").append(best + 1).append(" (").append(Format.fixed(100 * out[best], 0)).append(" %)");
        }
        Preset p = controller.preset();
        if (p.activeDataset().typed() && p.datasetId.isEmpty() && p.digits == null) {
            Formula f = p.activeFormula();
            double fx = f.value(x, y);
            s.append(" · target ");
            if (fx != fx || Double.isInfinite(fx)) {
                s.append("undefined");
            } else if (p.problem == Problem.REGRESSION) {
                s.append(Format.fixed(fx, 2));
            } else {
                s.append(y > fx ? "+1" : "−1");
            }
        }
        s.append(" at (").append(Format.fixed(x, 2)).append(", ").append(Format.fixed(y, 2)).append(')');
        Dom.setText(readout, s.toString());
        Dom.setData(readout, "x", Format.all(x));
        Dom.setData(readout, "y", Format.all(y));
    }
}
