package backprop.ui.plot;

import backprop.engine.data.Feature;
import backprop.engine.train.Experiment;
import backprop.ui.base.Dom;
import backprop.ui.base.Playground;
import backprop.ui.base.Target;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The network diagram by keyboard. The diagram takes the focus (Tab); ↑ and ↓ move between the
 * nodes of a column, ← and → between columns (inputs, hidden layers, output); ] and [ step
 * through the focused neuron's incoming weights and then its bias, and back to the neuron. The
 * focused part is hovered exactly as the mouse hovers it (the same tooltip; the live region next to
 * the diagram says the tooltip's text) and Enter or Space clicks it exactly as the mouse does
 * (an input switches on or off, a neuron shows in the output plot, a weight or bias opens in the
 * inspector — whose value field then takes the focus — and in the step-through a part shows its
 * arithmetic). Esc leaves the diagram.
 */
public final class DiagramKeys extends CanvasKeys {
    static final String HELP = "Arrow keys: ↑ ↓ within a layer, ← → between layers. ] and [: the focused "
            + "neuron's incoming weights, then its bias. Enter: choose it, as a click does. Esc: leave.";

    private final Playground controller;
    private final NetworkView view;
    private Inspector inspector;
    /** The focused column (0: inputs, 1..depth: the neurons after each weight layer) and node in it. */
    private int column = 1;
    private int row;
    /** −1: the node itself; 0..inputs−1: its incoming weight from that input; inputs: its bias. */
    private int part = -1;

    DiagramKeys(HTMLCanvasElement canvas, Playground controller, NetworkView view) {
        // Named after the canvas ("network-focus" for the playground's diagram), so that the compare
        // mode's two small diagrams do not repeat its ids.
        super(canvas, canvas.getId(), HELP);
        this.controller = controller;
        this.view = view;
        canvas.setAttribute("role", "application");
    }

    /** Where a chosen weight or bias is edited: its value field takes the focus after Enter. */
    void editWith(Inspector editor) {
        this.inspector = editor;
    }

    @Override
    protected boolean key(String name) {
        if (view.layout() == null) {
            return false;
        }
        boolean ours = name.startsWith("Arrow") || "]".equals(name) || "[".equals(name) || "Enter".equals(name);
        if (!active && ours) {
            begin(); // focused by a press of the mouse: the first key shows the marker
        } else if ("ArrowUp".equals(name)) {
            moveTo(column, row - 1);
        } else if ("ArrowDown".equals(name)) {
            moveTo(column, row + 1);
        } else if ("ArrowLeft".equals(name)) {
            moveTo(column - 1, row);
        } else if ("ArrowRight".equals(name)) {
            moveTo(column + 1, row);
        } else if ("]".equals(name)) {
            stepPart(1);
        } else if ("[".equals(name)) {
            stepPart(-1);
        } else if ("Enter".equals(name) || (" ".equals(name) && active)) {
            choose();
        } else if ("Escape".equals(name)) {
            canvas.blur();
        } else {
            return false;
        }
        return true;
    }

    /** The keyboard's hover ends (a mouse's stays as the mouse left it). */
    @Override
    protected void leave() {
        controller.hover(null, 0, 0);
        controller.redraw();
    }

    private int[] shape() {
        return controller.experiment().network().shape();
    }

    private int rows(int c) {
        return c == 0 ? Feature.values().length + controller.experiment().features().typed().length : shape()[c];
    }

    private void moveTo(int c, int r) {
        int columns = shape().length;
        column = Math.max(0, Math.min(columns - 1, c));
        row = Math.max(0, Math.min(rows(column) - 1, r));
        part = -1;
        show();
    }

    private void stepPart(int by) {
        if (column == 0) {
            return; // an input has no incoming weight and no bias
        }
        int parts = shape()[column - 1] + 1;
        part += by;
        if (part >= parts) {
            part = -1;
        } else if (part < -1) {
            part = parts - 1;
        }
        show();
    }

    /** The focused part, kept inside the network's present shape. */
    Target focused() {
        int[] shape = shape();
        column = Math.min(column, shape.length - 1);
        row = Math.min(row, rows(column) - 1);
        if (column == 0) {
            part = -1;
            return Target.feature(row);
        }
        part = Math.min(part, shape[column - 1]);
        if (part < 0) {
            return Target.neuron(column, row);
        }
        return part == shape[column - 1] ? Target.bias(column - 1, row) : Target.link(column - 1, part, row);
    }

    /** The focused part while the diagram has the focus, else null. */
    Target shown() {
        return active ? focused() : null;
    }

    private void choose() {
        Target target = focused();
        controller.select(target);
        if (target.editable() && !controller.preset().explaining() && inspector != null) {
            inspector.editNext(canvas);
        }
        show();
    }

    /** Hovers the focused part as the mouse would, and says what the tooltip says. */
    @Override
    protected void show() {
        NetworkLayout layout = view.layout();
        if (layout == null) {
            return;
        }
        Target target = focused();
        double[] at = centre(layout, target);
        controller.hover(target, at[0], at[1]);
        controller.redraw();
        Experiment experiment = controller.experiment();
        String text = target.kind != Target.Kind.FEATURE ? Inspector.tooltip(experiment, target)
                : target.index >= Feature.values().length ? Inspector.describe(experiment, target)
                        + ", typed: Enter removes it (Undo brings it back)"
                : Inspector.describe(experiment, target)
                        + (controller.preset().feature(Feature.values()[target.index]) ? ", on" : ", off");
        Dom.setText(said, text);
        Dom.setData(canvas, "focus", text);
    }

    /** The centre of a part, in CSS pixels of the canvas. */
    static double[] centre(NetworkLayout layout, Target t) {
        double node = layout.node;
        if (t.kind == Target.Kind.FEATURE) {
            return new double[] {layout.columnX(0) + node / 2, layout.featureY(t.index) + node / 2};
        }
        if (t.kind == Target.Kind.NEURON) {
            return new double[] {layout.columnX(t.layer) + node / 2, layout.neuronY(t.layer, t.index) + node / 2};
        }
        if (t.kind == Target.Kind.BIAS) {
            return new double[] {layout.columnX(t.layer + 1) - NetworkLayout.BIAS_SIZE / 2 - 2,
                layout.neuronY(t.layer + 1, t.index) + node - NetworkLayout.BIAS_SIZE / 2};
        }
        return new double[] {(layout.columnX(t.layer) + node + layout.columnX(t.layer + 1)) / 2,
            (layout.sourceY(t.layer, t.from) + layout.neuronY(t.layer + 1, t.index) + node) / 2};
    }

    /** Draws the focus marker around the focused part (the context in CSS pixels). */
    void drawMarker(CanvasRenderingContext2D context, NetworkLayout layout) {
        Target t = shown();
        if (t == null) {
            return;
        }
        double[] at = centre(layout, t);
        if (t.kind == Target.Kind.LINK) {
            FocusMarker.square(context, at[0], at[1], 9);
        } else if (t.kind == Target.Kind.BIAS) {
            double half = NetworkLayout.BIAS_SIZE / 2;
            FocusMarker.around(context, at[0] - half, at[1] - half, 2 * half, 2 * half);
        } else {
            double half = layout.node / 2;
            FocusMarker.around(context, at[0] - half, at[1] - half, 2 * half, 2 * half);
        }
    }
}
