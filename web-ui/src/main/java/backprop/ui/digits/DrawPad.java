package backprop.ui.digits;

import backprop.engine.digits.DigitPreprocessor;
import backprop.ui.base.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Draw a digit with mouse, pen or finger (pointer events, one stroke per press). Strokes are
 * black on a transparent canvas, so ink is the alpha channel; the drawing is read once per frame
 * at most, as one typed array, and prepared like MNIST by {@link DigitPreprocessor}.
 */
final class DrawPad {
    /** Pen width as a share of the pad's side: a digit drawn across most of the pad gets MNIST-like strokes. */
    private static final double PEN = 0.075;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private boolean down;
    private double lastX;
    private double lastY;
    private boolean ink;
    private boolean changed;

    DrawPad(HTMLCanvasElement canvas, DigitsMode mode) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
        canvas.addEventListener("pointerdown", event -> {
            event.preventDefault();
            capture(canvas, event);
            down = true;
            lastX = pointX(canvas, event);
            lastY = pointY(canvas, event);
            stroke(lastX, lastY);
        });
        canvas.addEventListener("pointermove", event -> {
            if (down) {
                event.preventDefault();
                stroke(pointX(canvas, event), pointY(canvas, event));
            }
        });
        canvas.addEventListener("pointerup", event -> down = false);
        canvas.addEventListener("pointercancel", event -> down = false);
        Dom.byId("draw-clear").addEventListener("click", event -> {
            clear();
            mode.padCleared();
        });
        Dom.byId("explain-digit").addEventListener("click", event -> mode.explainDrawing());
    }

    private void stroke(double x, double y) {
        context.setStrokeStyle("#000000");
        context.setLineCap("round");
        context.setLineJoin("round");
        context.setLineWidth(PEN * canvas.getWidth());
        context.beginPath();
        context.moveTo(lastX, lastY);
        context.lineTo(x + 0.01, y);
        context.stroke();
        lastX = x;
        lastY = y;
        ink = true;
        changed = true;
        Dom.byId("explain-digit").removeAttribute("disabled");
    }

    void clear() {
        context.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        ink = false;
        changed = true;
        Dom.byId("explain-digit").setAttribute("disabled", "");
    }

    /** Whether the drawing changed since the last call. */
    boolean takeChange() {
        boolean was = changed;
        changed = false;
        return was;
    }

    /** The drawing prepared like MNIST (28×28 ink in [0, 1]), or null when the pad is empty. */
    double[] image() {
        if (!ink) {
            return null;
        }
        int w = canvas.getWidth();
        int h = canvas.getHeight();
        byte[] alpha = alpha(canvas).copyToJavaArray();
        double[] grey = new double[w * h];
        boolean any = false;
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (alpha[i] & 255) / 255.0;
            any |= grey[i] > DigitPreprocessor.INK_THRESHOLD;
        }
        return any ? DigitPreprocessor.fromCanvas(grey, w, h) : null;
    }

    /** The pointer's position in canvas pixels. */
    @JSBody(params = {"canvas", "event"}, script = "const r = canvas.getBoundingClientRect();"
            + " return (event.clientX - r.left) * canvas.width / r.width;")
    private static native double pointX(HTMLCanvasElement canvas, Event event);

    @JSBody(params = {"canvas", "event"}, script = "const r = canvas.getBoundingClientRect();"
            + " return (event.clientY - r.top) * canvas.height / r.height;")
    private static native double pointY(HTMLCanvasElement canvas, Event event);

    @JSBody(params = {"canvas", "event"}, script = "try { canvas.setPointerCapture(event.pointerId); } catch (e) { }")
    private static native void capture(HTMLCanvasElement canvas, Event event);

    /** The alpha channel of the whole canvas, one byte per pixel. */
    @JSBody(params = "canvas", script = "const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
            + " const out = new Int8Array(canvas.width * canvas.height);"
            + " for (let i = 0, j = 3; i < out.length; i++, j += 4) { out[i] = d[j]; }"
            + " return out;")
    private static native Int8Array alpha(HTMLCanvasElement canvas);
}
