package backprop.ui;

import backprop.engine.data.DataPoints;
import backprop.engine.train.Experiment;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import backprop.ui.plot.BoundaryView;
import backprop.ui.plot.KeysText;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The output plot by keyboard: the plot takes the focus (Tab), the arrow keys move a focus
 * marker to the nearest data point in their direction, Enter or Space explains the marked
 * point exactly as a click on it does, and Esc takes the marker away and leaves the plot (so the
 * page's own arrow keys — the step-through's steps — work again). What is marked is said in a
 * live region for screen readers and kept in {@code data-focus} ("train:12", "test:3") on the canvas.
 */
final class PlotKeys {
    static final String HELP = "Arrow keys: move between data points. Enter or Space: follow the point through "
            + "one training step. Esc: leave the plot.";

    private final BoundaryView view;
    private final Controller controller;
    private final HTMLCanvasElement canvas;
    private final HTMLElement said;
    private final HTMLElement hint;
    private boolean test;
    private int index = -1;
    /** Whether the marker shows: the plot has the focus from the keyboard, or a key was pressed on it. */
    private boolean active;

    PlotKeys(BoundaryView view, Controller controller) {
        this.view = view;
        this.controller = controller;
        this.canvas = view.canvas();
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-description", HELP);
        said = KeysText.liveRegion(canvas, "plot-focus");
        hint = KeysText.hint(canvas, "plot-keys-hint", HELP);
        KeysText.FocusOrigin origin = new KeysText.FocusOrigin(canvas);
        canvas.addEventListener("keydown", event -> key((KeyboardEvent) event));
        canvas.addEventListener("focus", event -> {
            if (origin.keyboard()) {
                start();
            }
        });
        canvas.addEventListener("blur", event -> {
            Dom.setHidden(hint, true);
            if (active) {
                active = false;
                view.focus(false, -1);
                controller.redraw();
            }
        });
    }

    private void key(KeyboardEvent event) {
        String name = event.getKey();
        if (event.isCtrlKey() || event.isMetaKey() || event.isAltKey()) {
            return;
        }
        boolean choose = "Enter".equals(name) || " ".equals(name);
        if (!active && ("Enter".equals(name) || name.startsWith("Arrow"))) {
            start(); // focused by a click, now used by keyboard: the first key shows the marker
            event.preventDefault();
            event.stopPropagation();
            return;
        }
        if ("ArrowRight".equals(name)) {
            move(1, 0);
        } else if ("ArrowLeft".equals(name)) {
            move(-1, 0);
        } else if ("ArrowUp".equals(name)) {
            move(0, 1);
        } else if ("ArrowDown".equals(name)) {
            move(0, -1);
        } else if (choose && active && index >= 0) {
            controller.explaining().open(test, index);
        } else if ("Escape".equals(name)) {
            canvas.blur();
        } else {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
    }

    /** Marks the point marked before (if it still exists), else the one nearest the centre. */
    private void start() {
        active = true;
        if (index < 0 || index >= points(test).size()) {
            move(0, 0);
        } else {
            show();
        }
    }

    private DataPoints points(boolean testPoints) {
        Experiment experiment = controller.experiment();
        return testPoints ? experiment.testPoints() : experiment.trainPoints();
    }

    /**
     * Moves the marker to the nearest point in direction (dx, dy) (data coordinates, y up): the
     * point ahead of the marked one that is closest, counting a step aside twice as far as a step
     * ahead. (0, 0) — the first focus — marks the point nearest the plot's centre.
     */
    private void move(int dx, int dy) {
        boolean withTest = controller.preset().showTestData;
        boolean fresh = index < 0 || index >= points(test).size() || (test && !withTest);
        double fromX = fresh ? 0 : points(test).x[index];
        double fromY = fresh ? 0 : points(test).y[index];
        double best = Double.MAX_VALUE;
        int bestIndex = -1;
        boolean bestTest = false;
        for (int set = 0; set < (withTest ? 2 : 1); set++) {
            DataPoints p = points(set == 1);
            for (int i = 0; i < p.size(); i++) {
                double ahead = (p.x[i] - fromX) * dx + (p.y[i] - fromY) * dy;
                double aside = Math.abs((p.x[i] - fromX) * dy - (p.y[i] - fromY) * dx);
                double cost;
                if (dx == 0 && dy == 0) {
                    double ex = p.x[i] - fromX;
                    double ey = p.y[i] - fromY;
                    cost = ex * ex + ey * ey;
                } else if (ahead <= 1e-9) {
                    continue;
                } else {
                    cost = ahead + 2 * aside;
                }
                if (cost < best) {
                    best = cost;
                    bestIndex = i;
                    bestTest = set == 1;
                }
            }
        }
        if (bestIndex >= 0) {
            index = bestIndex;
            test = bestTest;
        }
        show();
    }

    private void show() {
        Dom.setHidden(hint, false);
        view.focus(test, index);
        controller.redraw();
        if (index < 0) {
            Dom.setText(said, "No data points.");
            return;
        }
        DataPoints p = points(test);
        String where = (test ? "test" : "training") + " point " + (index + 1) + " of " + p.size() + " at ("
                + Format.fixed(p.x[index], 2) + ", " + Format.fixed(p.y[index], 2) + "), label "
                + Format.fixed(p.label[index], p.label[index] == Math.floor(p.label[index]) ? 0 : 2);
        Dom.setData(canvas, "focus", (test ? "test:" : "train:") + index);
        Dom.setText(said, where + ". Enter follows it through one training step.");
    }
}
