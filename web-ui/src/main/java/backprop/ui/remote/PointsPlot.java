package backprop.ui.remote;

import backprop.engine.data.DataPoints;
import backprop.engine.data.Dataset;
import backprop.ui.base.Dom;
import backprop.ui.base.Palette;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * A small picture of a dataset's points on the plot's domain (±{@link Dataset#DOMAIN}):
 * for the gallery's thumbnails and the upload preview. Classes take their colours
 * (blue +1, orange −1; one colour per class for three or more); regression values
 * are blue above 0 and orange below.
 */
final class PointsPlot {
    private static final int MAX_POINTS = 2000;

    private PointsPlot() {
    }

    /** A canvas of {@code size}×{@code size} pixels showing {@code points} (or an empty square for null). */
    static HTMLCanvasElement canvas(DataPoints points, int size) {
        HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.create("canvas", null);
        canvas.setWidth(size);
        canvas.setHeight(size);
        canvas.setAttribute("aria-hidden", "true");
        draw(canvas, points);
        return canvas;
    }

    static void draw(HTMLCanvasElement canvas, DataPoints points) {
        CanvasRenderingContext2D context = Dom.context(canvas);
        int size = canvas.getWidth();
        context.setFillStyle("#f3f3f3");
        context.fillRect(0, 0, size, size);
        if (points == null) {
            return;
        }
        double scale = size / (2 * Dataset.DOMAIN);
        double dot = Math.max(2, size / 40.0);
        int step = Math.max(1, points.size() / MAX_POINTS);
        for (int i = 0; i < points.size(); i += step) {
            double label = points.label[i];
            context.setFillStyle(points.classes >= 3 ? Palette.classColour((int) label) : Palette.colourOf(label));
            context.fillRect((points.x[i] + Dataset.DOMAIN) * scale - dot / 2,
                    (Dataset.DOMAIN - points.y[i]) * scale - dot / 2, dot, dot);
        }
    }
}
