package backprop.ui.plot;

import backprop.engine.data.Feature;
import backprop.engine.formula.Formula;
import backprop.engine.nn.Network;
import backprop.ui.base.Dom;
import backprop.ui.base.Palette;
import backprop.ui.base.Target;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The network diagram's links (a curve per weight: blue positive, orange negative, thicker and
 * more opaque for larger |w|; a link L1 regularization killed thin, grey and dashed), the glow
 * of the last changes, and the column labels, drawn into a canvas of their own that the diagram
 * copies under its nodes every frame.
 *
 * <p>Stroking a few hundred wide anti-aliased curves is the costliest part of a frame of a big
 * network when the browser rasterises canvases in software, so the layer is redrawn only when
 * what it shows changes: the layout, the marked link, the step-through's look, the glow, the
 * dead links — or a weight that moved by more than {@link #TOLERANCE} since it was drawn (a
 * change of width under 0.02 px and of opacity under 1 %, which no one can see).
 */
public final class LinkLayer {
    static final double TOLERANCE = 0.01;
    /** The colour of a dead link. */
    private static final String DEAD_COLOUR = "#9e9e9e";
    private static final Feature[] FEATURES = Feature.values();

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private NetworkLayout layout;
    /** The weights as drawn, layer after layer; NaN forces a redraw. */
    private double[] drawn = new double[0];
    private Target drawnHovered;
    private Target drawnSelected;
    private int drawnDead;
    private boolean fresh = true;

    LinkLayer() {
        canvas = (HTMLCanvasElement) Dom.create("canvas", null);
        context = Dom.context(canvas);
    }

    /** A new layout, in CSS pixels, on a canvas of {@code width} × {@code height} device pixels. */
    void resize(NetworkLayout layout, int width, int height) {
        this.layout = layout;
        canvas.setWidth(width);
        canvas.setHeight(height);
        fresh = true;
    }

    HTMLCanvasElement canvas() {
        return canvas;
    }

    /** Redraws the layer if what it shows changed; {@code overlay} and {@code showChanges} always redraw. */
    void update(Network network, Target hovered, Target selected, NetworkOverlay overlay, boolean showChanges) {
        if (!fresh && overlay == null && !showChanges && same(hovered, drawnHovered) && same(selected, drawnSelected)
                && drawnDead == network.deadLinks().count() && !moved(network)) {
            return;
        }
        drawnDead = network.deadLinks().count();
        fresh = overlay != null || showChanges;
        drawnHovered = hovered;
        drawnSelected = selected;
        remember(network);
        double ratio = Dom.devicePixelRatio();
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.clearRect(0, 0, layout.width, layout.height);
        if (showChanges && overlay == null) {
            drawChanges(network);
        }
        drawLinks(network, hovered, selected, overlay);
        drawLabels(network);
    }

    private static boolean same(Target a, Target b) {
        return a == null ? b == null : a.same(b);
    }

    private boolean moved(Network network) {
        int at = 0;
        for (int k = 0; k < network.depth(); k++) {
            double[] weights = network.weights(k);
            if (at + weights.length > drawn.length) {
                return true;
            }
            for (double w : weights) {
                double d = w - drawn[at++];
                if (!(d < TOLERANCE && d > -TOLERANCE)) {
                    return true;
                }
            }
        }
        return at != drawn.length;
    }

    private void remember(Network network) {
        int count = 0;
        for (int k = 0; k < network.depth(); k++) {
            count += network.weights(k).length;
        }
        if (drawn.length != count) {
            drawn = new double[count];
        }
        int at = 0;
        for (int k = 0; k < network.depth(); k++) {
            for (double w : network.weights(k)) {
                drawn[at++] = w;
            }
        }
    }

    /** A gold glow under each link, stronger for a larger last |Δw| relative to its layer's largest. */
    private void drawChanges(Network network) {
        int[] shape = network.shape();
        double node = layout.node;
        context.setStrokeStyle("#ffc400");
        for (int k = 0; k < network.depth(); k++) {
            double[] changes = network.weightChanges(k);
            double max = 0;
            for (double c : changes) {
                max = Math.max(max, Math.abs(c));
            }
            if (max == 0) {
                continue;
            }
            int in = shape[k];
            for (int o = 0; o < shape[k + 1]; o++) {
                for (int i = 0; i < in; i++) {
                    double r = Math.abs(changes[o * in + i]) / max;
                    context.setGlobalAlpha(0.15 + 0.75 * r);
                    context.setLineWidth(2 + 9 * r);
                    curve(k, i, o, node);
                }
            }
        }
        context.setGlobalAlpha(1);
    }

    private void drawLinks(Network network, Target hovered, Target selected, NetworkOverlay overlay) {
        int[] shape = network.shape();
        double node = layout.node;
        int dead = network.deadLinks().count();
        for (int k = 0; k < network.depth(); k++) {
            double[] weights = network.weights(k);
            int in = shape[k];
            for (int o = 0; o < shape[k + 1]; o++) {
                for (int i = 0; i < in; i++) {
                    double w = weights[o * in + i];
                    boolean marked = isLink(hovered, k, i, o) || isLink(selected, k, i, o);
                    if (dead > 0 && overlay == null && network.deadLinks().isDead(k, o * in + i)) {
                        drawDead(k, i, o, node, marked);
                        continue;
                    }
                    String colour = overlay == null ? Palette.colourOf(w) : overlay.colour(k, i, o, w);
                    double alpha = overlay == null ? 0.35 + 0.65 * Math.min(1, Math.abs(w)) : overlay.alpha(k, i, o, w);
                    double width = overlay == null ? linkWidth(w) : overlay.width(k, i, o, w);
                    context.setStrokeStyle(marked ? "#000000" : colour);
                    context.setGlobalAlpha(marked ? 1 : alpha);
                    context.setLineWidth(width + (marked ? 1.5 : 0));
                    curve(k, i, o, node);
                }
            }
        }
        context.setGlobalAlpha(1);
    }

    /** A dead link: a thin dashed grey curve (black when marked). */
    private void drawDead(int k, int i, int o, double node, boolean marked) {
        context.setStrokeStyle(marked ? "#000000" : DEAD_COLOUR);
        context.setGlobalAlpha(1);
        context.setLineWidth(marked ? 2 : 1);
        Dom.setDash(context, 4, 4);
        curve(k, i, o, node);
        Dom.setDash(context, 0, 0);
    }

    /** Strokes the curve of the weight from input {@code i} of weight layer {@code k} to its neuron {@code o}. */
    private void curve(int k, int i, int o, double node) {
        double x1 = layout.columnX(k) + node;
        double x2 = layout.columnX(k + 1);
        double y1 = layout.sourceY(k, i) + node / 2;
        double y2 = layout.neuronY(k + 1, o) + node / 2;
        double mid = (x1 + x2) / 2;
        context.beginPath();
        context.moveTo(x1, y1);
        context.bezierCurveTo(mid, y1, mid, y2, x2, y2);
        context.stroke();
    }

    public static double linkWidth(double w) {
        double a = Math.abs(w);
        return 0.8 + 1.6 * (a > 5 ? 5 : a);
    }

    private static boolean isLink(Target t, int k, int i, int o) {
        return t != null && t.kind == Target.Kind.LINK && t.layer == k && t.from == i && t.index == o;
    }

    private void drawLabels(Network network) {
        int[] shape = network.shape();
        context.setFillStyle("#444444");
        context.setFont("12px system-ui, sans-serif");
        context.setTextAlign("right");
        context.setTextBaseline("middle");
        for (int f = 0; f < FEATURES.length; f++) {
            context.fillText(FEATURES[f].label(), layout.columnX(0) - 6, layout.featureY(f) + layout.node / 2);
        }
        Formula[] typed = layout.features.typed();
        for (int t = 0; t < typed.length; t++) {
            String text = typed[t].toString();
            context.fillText(text.length() > 9 ? text.substring(0, 8) + "…" : text, layout.columnX(0) - 6,
                    layout.featureY(FEATURES.length + t) + layout.node / 2);
        }
        context.setTextAlign("center");
        context.setFillStyle("#777777");
        // "4 neurons" over each hidden layer; where the columns are too close, a smaller font, then the count alone
        double room = layout.labelRoom();
        boolean roomy = labelsFit(shape, room);
        if (!roomy) {
            context.setFont("10px system-ui, sans-serif");
            roomy = labelsFit(shape, room);
        }
        for (int layer = 0; layer < shape.length; layer++) {
            String text = layer == 0 ? "Inputs" : layer == shape.length - 1 ? "Output"
                    : NetworkLayout.hiddenLabel(shape[layer], roomy);
            double textWidth = context.measureText(text).getWidth();
            context.fillText(text, layout.labelCentre(layer, textWidth), NetworkLayout.TOP - 14);
        }
    }

    private boolean labelsFit(int[] shape, double room) {
        for (int layer = 1; layer < shape.length - 1; layer++) {
            if (context.measureText(NetworkLayout.hiddenLabel(shape[layer], true)).getWidth() > room) {
                return false;
            }
        }
        return true;
    }
}
