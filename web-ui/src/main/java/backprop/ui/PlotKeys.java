package backprop.ui;

import backprop.engine.data.DataPoints;
import backprop.engine.train.Experiment;
import backprop.ui.base.Dom;
import backprop.ui.plot.BoundaryView;
import backprop.ui.plot.CanvasKeys;

/**
 * The output plot by keyboard: the arrow keys move a focus marker to the nearest data point in
 * their direction, Enter or Space explains the marked point exactly as a click on it does, and
 * Esc leaves the plot (so that the page's own arrow keys — the step-through's steps — work again).
 * What is marked is said in the live region and kept in {@code data-focus} ("train:12",
 * "test:3") on the canvas.
 */
final class PlotKeys extends CanvasKeys {
    static final String HELP = "Arrow keys: move between data points. Enter: follow the point through one "
            + "training step. Esc: leave the plot.";

    private final BoundaryView view;
    private final Controller controller;
    private boolean test;
    private int index = -1;

    PlotKeys(BoundaryView view, Controller controller) {
        super(view.canvas(), "plot", HELP);
        this.view = view;
        this.controller = controller;
    }

    @Override
    protected boolean key(String name) {
        boolean arrow = name.startsWith("Arrow");
        boolean choose = "Enter".equals(name) || (" ".equals(name) && active);
        if (!active && (arrow || choose)) {
            begin(); // focused by a press of the mouse: the first key shows the marker
        } else if (arrow) {
            char d = name.charAt(5);
            move(d == 'R' ? 1 : d == 'L' ? -1 : 0, d == 'U' ? 1 : d == 'D' ? -1 : 0);
        } else if (choose && index >= 0) {
            controller.explaining().open(test, index);
        } else if ("Escape".equals(name)) {
            canvas.blur();
        } else {
            return false;
        }
        return true;
    }

    @Override
    protected void leave() {
        view.focus(false, -1);
        controller.redraw();
    }

    private DataPoints points(boolean testPoints) {
        Experiment experiment = controller.experiment();
        return testPoints ? experiment.testPoints() : experiment.trainPoints();
    }

    /**
     * Moves the marker to the nearest point in direction (dx, dy) (data coordinates, y up): the
     * point ahead of the marked one that is closest, counting a step aside twice as far as a step
     * ahead. (0, 0) — no point marked yet — marks the point nearest the plot's centre.
     */
    private void move(int dx, int dy) {
        boolean withTest = controller.preset().showTestData;
        boolean fresh = index < 0 || index >= points(test).size() || (test && !withTest);
        if (fresh) {
            dx = 0;
            dy = 0;
        }
        double fromX = fresh ? 0 : points(test).x[index];
        double fromY = fresh ? 0 : points(test).y[index];
        double best = Double.MAX_VALUE;
        for (int set = 0; set < (withTest ? 2 : 1); set++) {
            DataPoints p = points(set == 1);
            for (int i = 0; i < p.size(); i++) {
                double ex = p.x[i] - fromX;
                double ey = p.y[i] - fromY;
                double ahead = ex * dx + ey * dy;
                double cost = dx == 0 && dy == 0 ? ex * ex + ey * ey : ahead + 2 * Math.abs(ex * dy - ey * dx);
                if ((ahead > 1e-9 || (dx == 0 && dy == 0)) && cost < best) {
                    best = cost;
                    index = i;
                    test = set == 1;
                }
            }
        }
        if (index >= 0) {
            show();
        }
    }

    @Override
    protected void show() {
        if (index < 0 || index >= points(test).size()) {
            index = -1;
            move(0, 0); // shows the point it finds, if any
            return;
        }
        view.focus(test, index);
        controller.redraw();
        Dom.setData(canvas, "focus", (test ? "test:" : "train:") + index);
        Dom.setText(said, (test ? "test" : "training") + " point " + (index + 1) + " of " + points(test).size()
                + ". Enter follows it through one training step.");
    }
}
