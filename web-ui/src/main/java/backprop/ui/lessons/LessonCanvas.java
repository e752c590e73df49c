package backprop.ui.lessons;

import backprop.ui.base.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/** The lessons' small canvases: drawn in a fixed coordinate box, scaled to the width they get and the screen's pixels. */
final class LessonCanvas {
    private LessonCanvas() {
    }

    /**
     * Sizes {@code canvas} for its shown width (between 200 CSS px and 1.4× the box) and the device's
     * pixel ratio, and clears it with {@code g} set to draw in the {@code width}×{@code height} box.
     */
    static void fit(HTMLCanvasElement canvas, CanvasRenderingContext2D g, double width, double height) {
        double cssWidth = Math.max(200, Math.min(width * 1.4, canvas.getClientWidth()));
        double scale = cssWidth / width * Dom.devicePixelRatio();
        int w = (int) (width * scale);
        int h = (int) (height * scale);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        g.setTransform(scale, 0, 0, scale, 0, 0);
        g.clearRect(0, 0, width, height);
    }
}
