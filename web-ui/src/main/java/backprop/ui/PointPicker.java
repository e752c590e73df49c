package backprop.ui;

import backprop.engine.data.DataPoints;
import backprop.engine.train.Experiment;
import backprop.ui.base.Dom;
import backprop.ui.plot.BoundaryView;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Clicking a data point on the output plot explains that example: the
 * nearest training point (or test point, when they are shown) within a few
 * pixels of the click.
 */
final class PointPicker {
    /** How far from a point's centre a click still picks it, in CSS pixels. */
    static final double REACH = 9;

    private final BoundaryView view;

    PointPicker(BoundaryView view, Controller controller) {
        this.view = view;
        HTMLCanvasElement canvas = view.canvas();
        canvas.addEventListener("click", event -> {
            MouseEvent mouse = (MouseEvent) event;
            double scale = canvas.getWidth() / Math.max(1.0, canvas.getClientWidth());
            Pick pick = pick(controller.experiment(), controller.preset().showTestData,
                    mouse.getOffsetX() * scale, mouse.getOffsetY() * scale, REACH * scale);
            if (pick != null) {
                controller.explaining().open(pick.test, pick.index);
            }
        });
        Dom.setStyle(canvas, "cursor", "pointer");
    }

    /** The point nearest (x, y) in canvas pixels within {@code reach}, or null. */
    Pick pick(Experiment experiment, boolean withTest, double x, double y, double reach) {
        Pick best = null;
        double bestDistance = reach * reach;
        for (int set = 0; set < (withTest ? 2 : 1); set++) {
            DataPoints points = set == 0 ? experiment.trainPoints() : experiment.testPoints();
            for (int i = 0; i < points.size(); i++) {
                double dx = view.pointX(points.x[i]) - x;
                double dy = view.pointY(points.y[i]) - y;
                double d = dx * dx + dy * dy;
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new Pick(set == 1, i);
                }
            }
        }
        return best;
    }

    static final class Pick {
        final boolean test;
        final int index;

        Pick(boolean test, int index) {
            this.test = test;
            this.index = index;
        }
    }
}
