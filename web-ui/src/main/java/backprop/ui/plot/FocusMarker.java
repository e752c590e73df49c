package backprop.ui.plot;

import backprop.ui.base.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * The keyboard's focus marker on a canvas: a square (or rectangle) drawn twice, wide white under
 * narrow near-black dashes, so that it shows on any colour of the heatmap or the maps and does not
 * look like the step-through's red ring or the mouse's black outline.
 */
public final class FocusMarker {
    static final String COLOUR = "#111111";

    private FocusMarker() {
    }

    /** A square of half-side {@code half} around (x, y). */
    public static void square(CanvasRenderingContext2D context, double x, double y, double half) {
        rectangle(context, x - half, y - half, 2 * half, 2 * half);
    }

    /** A rectangle around the box (left, top, width, height), 3 pixels outside it. */
    public static void around(CanvasRenderingContext2D context, double left, double top, double width, double height) {
        rectangle(context, left - 3, top - 3, width + 6, height + 6);
    }

    private static void rectangle(CanvasRenderingContext2D context, double left, double top, double width,
            double height) {
        context.setGlobalAlpha(1);
        context.setLineWidth(5);
        context.setStrokeStyle("#ffffff");
        context.strokeRect(left, top, width, height);
        context.setLineWidth(2.5);
        context.setStrokeStyle(COLOUR);
        Dom.setDash(context, 4, 3);
        context.strokeRect(left, top, width, height);
        Dom.setDash(context, 0, 0);
    }
}
