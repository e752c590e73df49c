package backprop.ui;

import backprop.engine.Experiment;
import backprop.engine.Network;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The network as a diagram: one column of nodes per layer (the input features
 * on the left, the output on the right) and a line per weight, blue for
 * positive and orange for negative, thicker for larger |w|.
 */
final class NetworkView {
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;

    NetworkView(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
    }

    void draw(Experiment experiment) {
        Network network = experiment.network();
        int[] shape = network.shape();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        context.clearRect(0, 0, w, h);
        double left = 70;
        double right = w - 30;
        double columnStep = shape.length > 1 ? (right - left) / (shape.length - 1) : 0;
        for (int k = 0; k < network.depth(); k++) {
            double[] weights = network.weights(k);
            int in = shape[k];
            int out = shape[k + 1];
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < in; i++) {
                    double weight = weights[o * in + i];
                    context.setStrokeStyle(Palette.colourOf(weight));
                    context.setLineWidth(Math.min(6, 0.5 + Math.abs(weight) * 2));
                    context.beginPath();
                    context.moveTo(left + k * columnStep, nodeY(i, in, h));
                    context.lineTo(left + (k + 1) * columnStep, nodeY(o, out, h));
                    context.stroke();
                }
            }
        }
        context.setLineWidth(1.5);
        context.setStrokeStyle("#555555");
        context.setFillStyle("#ffffff");
        for (int layer = 0; layer < shape.length; layer++) {
            for (int n = 0; n < shape[layer]; n++) {
                double x = left + layer * columnStep;
                double y = nodeY(n, shape[layer], h);
                context.beginPath();
                context.arc(x, y, 7, 0, 2 * Math.PI);
                context.fill();
                context.stroke();
            }
        }
        context.setFillStyle("#444444");
        context.setFont("12px system-ui, sans-serif");
        context.setTextAlign("right");
        for (int i = 0; i < shape[0]; i++) {
            context.fillText(experiment.features().feature(i).label(), left - 12, nodeY(i, shape[0], h) + 4);
        }
    }

    private static double nodeY(int index, int count, double height) {
        double step = Math.min(34, (height - 20) / Math.max(1, count));
        double top = (height - step * (count - 1)) / 2;
        return top + index * step;
    }
}
