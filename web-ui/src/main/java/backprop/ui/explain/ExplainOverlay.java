package backprop.ui.explain;

import backprop.engine.state.ExplainPhase;
import backprop.engine.nn.Network;
import backprop.engine.train.Trace;
import backprop.ui.base.Format;
import backprop.ui.base.Palette;
import backprop.ui.plot.DropMark;
import backprop.ui.plot.LinkLayer;
import backprop.ui.plot.NetworkLayout;
import backprop.ui.plot.NetworkOverlay;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * How the network diagram looks while one example is explained: in the
 * forward pass the layers light up one by one with their outputs a; in the
 * loss phase the output shows L; in the backward pass δ travels back and each
 * link is coloured by ∂L/∂w (green positive, purple negative — not the weight
 * colours) and drawn thicker for a larger |∂L/∂w|; in the update each link is
 * coloured by its Δw. Layers not reached yet are faded.
 */
public final class ExplainOverlay implements NetworkOverlay {
    static final String GRADIENT_POSITIVE = "#1b9e4b";
    static final String GRADIENT_NEGATIVE = "#8e44ad";
    private static final String UNREACHED = "#d0d0d0";

    private final Trace trace;
    private final ExplainPhase phase;
    private final int reached;
    private final int depth;
    /** Largest |∂L/∂w| (backward) or |Δw| (update) over the links shown, for the widths. */
    private double scale;

    ExplainOverlay(Trace trace, ExplainPhase phase, int step) {
        this.trace = trace;
        this.phase = phase;
        this.depth = trace.before().depth();
        this.reached = ExplainSteps.reached(phase, step, depth);
        for (int k = 0; k < depth; k++) {
            if (!linkShown(k)) {
                continue;
            }
            double[] v = values(k);
            for (double x : v) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
    }

    /** Whether the neurons of {@code layer} (0 = inputs, 1..D) are lit in this phase. */
    boolean lit(int layer) {
        switch (phase) {
            case FORWARD:
                return layer <= reached;
            case BACKWARD:
                return layer == 0 || layer > depth - reached;
            default:
                return true;
        }
    }

    /** Whether weight layer k shows its numbers (gradients in backward, changes in update). */
    private boolean linkShown(int k) {
        switch (phase) {
            case FORWARD:
                return k < reached;
            case BACKWARD:
                return k >= depth - reached;
            default:
                return true;
        }
    }

    private double[] values(int k) {
        return phase == ExplainPhase.UPDATE ? trace.weightChanges(k) : trace.weightGradients(k);
    }

    /** True when the link keeps its weight colours (forward, loss). */
    private boolean weightColours() {
        return phase == ExplainPhase.FORWARD || phase == ExplainPhase.LOSS;
    }

    /** The colour of link (k, from i, to o) with weight w. */
    @Override
    public String colour(int k, int i, int o, double w) {
        if (!linkShown(k)) {
            return UNREACHED;
        }
        if (weightColours()) {
            return Palette.colourOf(w);
        }
        double v = values(k)[o * trace.before().layerSize(k) + i];
        return v < 0 ? GRADIENT_NEGATIVE : GRADIENT_POSITIVE;
    }

    @Override
    public double width(int k, int i, int o, double w) {
        if (!linkShown(k)) {
            return 0.8;
        }
        if (weightColours()) {
            return LinkLayer.linkWidth(w);
        }
        double v = Math.abs(values(k)[o * trace.before().layerSize(k) + i]);
        return 0.8 + 5 * (scale > 0 ? v / scale : 0);
    }

    @Override
    public double alpha(int k, int i, int o, double w) {
        if (!linkShown(k)) {
            return 0.6;
        }
        if (weightColours()) {
            return 0.35 + 0.65 * Math.min(1, Math.abs(w));
        }
        double v = Math.abs(values(k)[o * trace.before().layerSize(k) + i]);
        return 0.35 + 0.65 * (scale > 0 ? v / scale : 0);
    }

    /** Fades the unlit neurons and writes each lit neuron's number on it. */
    @Override
    public void drawNodes(CanvasRenderingContext2D context, NetworkLayout layout) {
        Network n = trace.before();
        double node = layout.node;
        context.setFont("10px system-ui, sans-serif");
        context.setTextAlign("center");
        context.setTextBaseline("middle");
        double[] in = trace.inputs();
        for (int i = 0; i < in.length; i++) {
            if (phase == ExplainPhase.FORWARD) {
                label(context, layout.columnX(0) + node / 2, layout.inputY(i), in[i], "#222222");
            }
        }
        for (int layer = 1; layer <= depth; layer++) {
            for (int j = 0; j < n.layerSize(layer); j++) {
                double x = layout.columnX(layer);
                double y = layout.neuronY(layer, j);
                if (!lit(layer)) {
                    context.setFillStyle("rgba(255,255,255,0.75)");
                    context.fillRect(x - 1, y - 1, node + 2, node + 2);
                    continue;
                }
                double[] mask = layer < depth ? trace.dropoutMask(layer - 1) : null;
                if (mask != null && mask[j] == 0) {
                    DropMark.draw(context, x, y, node);
                }
                switch (phase) {
                    case FORWARD:
                        label(context, x + node / 2, y, trace.outputs(layer - 1)[j], "#222222");
                        break;
                    case LOSS:
                        if (layer == depth) {
                            label(context, x + node / 2, y, trace.outputs(layer - 1)[j], "#222222");
                        }
                        break;
                    case BACKWARD:
                        double d = trace.deltas(layer - 1)[j];
                        label(context, x + node / 2, y, d, d < 0 ? GRADIENT_NEGATIVE : GRADIENT_POSITIVE);
                        break;
                    default:
                        break;
                }
            }
        }
        if (phase == ExplainPhase.LOSS) {
            double x = layout.columnX(depth) + node / 2;
            double y = layout.neuronY(depth, n.layerSize(depth) - 1) + node + 10;
            String text = "L = " + Format.number(trace.loss());
            context.setFont("bold 11px system-ui, sans-serif");
            double w = context.measureText(text).getWidth() + 6;
            context.setFillStyle("#fff3c4");
            context.fillRect(x - w / 2, y - 7, w, 14);
            context.setFillStyle("#222222");
            context.fillText(text, x, y);
        }
    }

    /** A small boxed number over the top edge of a node. */
    private static void label(CanvasRenderingContext2D context, double cx, double top, double value, String colour) {
        String text = Format.number(value);
        double w = context.measureText(text).getWidth() + 4;
        context.setFillStyle("rgba(255,255,255,0.92)");
        context.fillRect(cx - w / 2, top + 1, w, 12);
        context.setFillStyle(colour);
        context.fillText(text, cx, top + 7.5);
    }
}
