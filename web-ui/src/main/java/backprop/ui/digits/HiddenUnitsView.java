package backprop.ui.digits;

import backprop.engine.nn.Network;
import backprop.ui.base.Dom;
import backprop.ui.base.Palette;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Each neuron of the first layer after the input drawn as the image of its incoming weights:
 * pixel i of unit j is w_ji, blue for positive, orange for negative, each unit scaled by its own
 * largest |w| — so the strokes a unit looks for appear as training goes on. With no hidden
 * layer those are the output neurons. A bar under each unit shows its activation for the digit
 * shown. All images go through one {@link DigitAtlas} per frame.
 */
final class HiddenUnitsView {
    private static final double GAP = 4;
    private static final double BAR = 4;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final DigitAtlas atlas = new DigitAtlas();

    HiddenUnitsView(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
    }

    String caption(Network network) {
        boolean hidden = network.depth() > 1;
        int units = network.layerSize(1);
        return (hidden ? "The " + units + " hidden neurons" : "The " + units + " output neurons (no hidden layer)")
                + ", each drawn as its " + Math.round(Math.sqrt(network.inputCount())) + "×"
                + Math.round(Math.sqrt(network.inputCount()))
                + " incoming weights (blue +, orange −); the bar is its activation for the digit shown";
    }

    void draw(Network network, int side, double[] activations) {
        int units = network.layerSize(1);
        int columns = units <= 8 ? units : units <= 32 ? 8 : units <= 64 ? 8 : 16;
        int rows = (units + columns - 1) / columns;
        double width = canvas.getWidth();
        double cell = Math.floor((width - GAP * (columns - 1)) / columns);
        if (cell > 64) {
            cell = 64;
        }
        int height = (int) (rows * (cell + BAR + 2 + GAP));
        if (canvas.getHeight() != height) {
            canvas.setHeight(height);
        }
        double[] weights = network.weights(0);
        int inputs = network.inputCount();
        atlas.ensure(side, units);
        for (int j = 0; j < units; j++) {
            atlas.signed(j, weights, j * inputs, DigitAtlas.maxAbs(weights, j * inputs, inputs));
        }
        atlas.flush();
        context.clearRect(0, 0, width, height);
        double top = activations.length > 0 ? DigitAtlas.maxAbs(activations, 0, activations.length) : 0;
        for (int j = 0; j < units; j++) {
            double x = (j % columns) * (cell + GAP);
            double y = (j / columns) * (cell + BAR + 2 + GAP);
            atlas.draw(context, j, x, y, cell);
            if (j < activations.length && top > 0) {
                double a = activations[j] / top;
                context.setFillStyle("#e4e4e4");
                context.fillRect(x, y + cell + 2, cell, BAR);
                context.setFillStyle(a >= 0 ? Palette.POSITIVE : Palette.NEGATIVE);
                context.fillRect(x, y + cell + 2, cell * Math.min(1, Math.abs(a)), BAR);
            }
        }
    }
}
