package backprop.ui.digits;

import backprop.ui.base.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/** The network's input drawn as the digit it is (not 784 circles): one pixel per input, scaled up. */
final class DigitInputView {
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final DigitAtlas atlas = new DigitAtlas();

    DigitInputView(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
    }

    /** {@code image}: side × side ink values in [0, 1]. */
    void draw(double[] image, int side) {
        atlas.ensure(side, 1);
        atlas.grey(0, image, 0);
        atlas.flush();
        atlas.draw(context, 0, 0, 0, canvas.getWidth());
    }
}
