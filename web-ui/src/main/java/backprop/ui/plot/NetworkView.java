package backprop.ui.plot;

import backprop.engine.train.Experiment;
import backprop.engine.data.Feature;
import backprop.engine.data.FeatureFormulas;
import backprop.engine.formula.Formula;
import backprop.engine.train.GridEvaluator;
import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import backprop.ui.base.Palette;
import backprop.ui.base.Playground;
import backprop.ui.base.Target;
import java.nio.ByteBuffer;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The network diagram: every input feature, hidden neuron and output as a
 * small map of its own output over the input plane, a line per weight (blue
 * positive, orange negative, thicker for larger |w|; see {@link LinkLayer}) and
 * a bias marker per neuron. Pointing at a part reports it to the controller,
 * which decides. All maps go through one pixel buffer (an atlas) per frame.
 */
public final class NetworkView {
    /** Cells per side of each small map. */
    static final int MAP = 20;
    private static final Feature[] FEATURES = Feature.values();

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLCanvasElement atlas;
    private final CanvasRenderingContext2D atlasContext;
    private final GridEvaluator grid = new GridEvaluator(MAP, -BoundaryView.DOMAIN, BoundaryView.DOMAIN, true);
    private final Palette palette = new Palette();
    private final Playground controller;
    private final LinkLayer links = new LinkLayer();
    private final DiagramKeys keys;
    private ByteBuffer pixels;
    private int atlasNodes;
    private NetworkLayout layout;
    private String layoutKey = "";

    public NetworkView(HTMLCanvasElement canvas, Playground controller) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
        this.controller = controller;
        atlas = (HTMLCanvasElement) Dom.create("canvas", null);
        atlas.setHeight(MAP);
        atlasContext = Dom.context(atlas);
        keys = new DiagramKeys(canvas, controller, this);
        canvas.addEventListener("mousemove", event -> {
            MouseEvent mouse = (MouseEvent) event;
            controller.hover(hit(mouse), mouse.getOffsetX(), mouse.getOffsetY());
        });
        canvas.addEventListener("mouseleave", event -> controller.hover(null, 0, 0));
        canvas.addEventListener("click", event -> {
            Target target = hit((MouseEvent) event);
            if (target != null) {
                controller.select(target);
            }
        });
    }

    private Target hit(MouseEvent mouse) {
        return layout == null ? null : layout.hit(mouse.getOffsetX(), mouse.getOffsetY());
    }

    NetworkLayout layout() {
        return layout;
    }

    /**
     * @param overlay the step-through view's look, or null for the usual one
     * @param showChanges let links glow by their last Δw (scaled per layer)
     */
    public void draw(Experiment experiment, Target hovered, Target selected, NetworkOverlay overlay, boolean showChanges) {
        Network network = experiment.network();
        ensureLayout(experiment);
        paintAtlas(experiment);
        links.update(network, hovered, selected, overlay, showChanges);
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        context.drawImage(links.canvas(), 0, 0);
        double ratio = Dom.devicePixelRatio();
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        drawNodes(experiment, hovered, selected);
        if (overlay != null) {
            overlay.drawNodes(context, layout);
        }
        keys.drawMarker(context, layout);
    }

    /** The diagram's keyboard: a chosen weight or bias is edited in {@code inspector}. */
    public void editWith(Inspector inspector) {
        keys.editWith(inspector);
    }

    private void ensureLayout(Experiment experiment) {
        double width = Math.max(280, canvas.getClientWidth());
        int[] shape = experiment.network().shape();
        String key = NumberText.format(width) + "|" + java.util.Arrays.toString(shape) + "|" + experiment.features();
        if (key.equals(layoutKey)) {
            return;
        }
        layoutKey = key;
        layout = new NetworkLayout(shape, experiment.features(), width);
        double ratio = Dom.devicePixelRatio();
        canvas.setWidth((int) (layout.width * ratio));
        canvas.setHeight((int) (layout.height * ratio));
        Dom.setStyle(canvas, "height", Format.px(layout.height));
        links.resize(layout, canvas.getWidth(), canvas.getHeight());
        Formula[] typed = experiment.features().typed();
        int nodes = FEATURES.length + typed.length;
        for (int k = 1; k < shape.length; k++) {
            nodes += shape[k];
        }
        if (nodes != atlasNodes) {
            atlasNodes = nodes;
            atlas.setWidth(MAP * nodes);
            pixels = ByteBuffer.allocateDirect(MAP * MAP * 4 * nodes);
            for (int f = 0; f < FEATURES.length; f++) {
                paintFeature(f);
            }
        }
        for (int t = 0; t < typed.length; t++) {
            paintTyped(FEATURES.length + t, typed[t]);
        }
    }

    /** A typed feature's map: its values scaled to the largest |value| (0 where it is undefined). */
    private void paintTyped(int slot, Formula f) {
        double[] values = new double[MAP * MAP];
        double scale = 1;
        for (int row = 0; row < MAP; row++) {
            for (int col = 0; col < MAP; col++) {
                double v = FeatureFormulas.input(f, grid.x(col), grid.y(row));
                values[row * MAP + col] = v;
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int c = 0; c < values.length; c++) {
            values[c] /= scale;
        }
        paintMap(slot, values, 1);
    }

    /** The maps of the inputs never change: painted once per atlas. */
    private void paintFeature(int f) {
        double[] values = new double[MAP * MAP];
        double scale = 1;
        for (int row = 0; row < MAP; row++) {
            for (int col = 0; col < MAP; col++) {
                double v = FEATURES[f].value(grid.x(col), grid.y(row));
                values[row * MAP + col] = v;
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int c = 0; c < values.length; c++) {
            values[c] /= scale;
        }
        paintMap(f, values, 1);
    }

    private void paintAtlas(Experiment experiment) {
        Network network = experiment.network();
        grid.evaluate(network, experiment.features());
        int slot = FEATURES.length + experiment.features().typed().length;
        int[] shape = network.shape();
        boolean probability = network.outputActivation() == backprop.engine.nn.Activation.SIGMOID
                || network.outputActivation() == backprop.engine.nn.Activation.SOFTMAX;
        for (int layer = 1; layer < shape.length; layer++) {
            for (int n = 0; n < shape[layer]; n++) {
                boolean output = layer == shape.length - 1;
                paintMap(slot++, grid.cells(layer, n), output && probability ? 2 : 1);
            }
        }
        atlasContext.putImageData(Dom.imageData(Uint8Array.fromJavaBuffer(pixels), MAP * atlasNodes, MAP), 0, 0);
    }

    /** Paints one map into the atlas; {@code mode} 2 maps [0, 1] to [−1, 1]. */
    private void paintMap(int slot, double[] values, int mode) {
        int rowBytes = MAP * atlasNodes * 4;
        for (int row = 0; row < MAP; row++) {
            int p = row * rowBytes + slot * MAP * 4;
            for (int col = 0; col < MAP; col++) {
                double v = values[row * MAP + col];
                int i = Palette.index(mode == 2 ? 2 * v - 1 : v);
                pixels.put(p, palette.red(i));
                pixels.put(p + 1, palette.green(i));
                pixels.put(p + 2, palette.blue(i));
                pixels.put(p + 3, (byte) 255);
                p += 4;
            }
        }
    }

    private void drawNodes(Experiment experiment, Target hovered, Target selected) {
        Network network = experiment.network();
        int[] shape = network.shape();
        double node = layout.node;
        Dom.setSmoothing(context, true);
        for (int f = 0; f < FEATURES.length; f++) {
            boolean used = experiment.features().contains(FEATURES[f]);
            context.setGlobalAlpha(used ? 1 : 0.3);
            drawNode(f, layout.columnX(0), layout.featureY(f), marked(hovered, selected, Target.Kind.FEATURE, 0, f));
        }
        context.setGlobalAlpha(1);
        int typed = experiment.features().typed().length;
        for (int t = 0; t < typed; t++) {
            drawNode(FEATURES.length + t, layout.columnX(0), layout.featureY(FEATURES.length + t),
                    marked(hovered, selected, Target.Kind.FEATURE, 0, FEATURES.length + t));
        }
        int slot = FEATURES.length + typed;
        for (int layer = 1; layer < shape.length; layer++) {
            double[] biases = network.biases(layer - 1);
            // neurons dropout dropped in the last training step
            double[] dropped = layer < shape.length - 1 ? network.lastDropoutMask(layer - 1) : null;
            for (int n = 0; n < shape[layer]; n++) {
                double x = layout.columnX(layer);
                double y = layout.neuronY(layer, n);
                drawNode(slot++, x, y, marked(hovered, selected, Target.Kind.NEURON, layer, n)
                        || controller.shownNeuron(layer, n));
                if (dropped != null && dropped[n] == 0) {
                    DropMark.draw(context, x, y, node);
                }
                boolean biasMarked = marked(hovered, selected, Target.Kind.BIAS, layer - 1, n);
                context.setFillStyle(Palette.colourOf(biases[n]));
                double size = NetworkLayout.BIAS_SIZE;
                context.fillRect(x - size - 2, y + node - size, size, size);
                context.setStrokeStyle(biasMarked ? "#000000" : "#ffffff");
                context.setLineWidth(biasMarked ? 2 : 1);
                context.strokeRect(x - size - 2, y + node - size, size, size);
            }
        }
    }

    private static boolean marked(Target hovered, Target selected, Target.Kind kind, int layer, int index) {
        return isTarget(hovered, kind, layer, index) || isTarget(selected, kind, layer, index);
    }

    private static boolean isTarget(Target t, Target.Kind kind, int layer, int index) {
        return t != null && t.kind == kind && t.layer == layer && t.index == index;
    }

    private void drawNode(int slot, double x, double y, boolean marked) {
        double node = layout.node;
        context.drawImage(atlas, slot * MAP, 0, MAP, MAP, x, y, node, node);
        context.setStrokeStyle(marked ? "#000000" : "#9a9a9a");
        context.setLineWidth(marked ? 2.5 : 1);
        context.strokeRect(x, y, node, node);
    }
}
