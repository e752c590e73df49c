package backprop.ui;

import backprop.engine.state.Limits;
import backprop.engine.state.Preset;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Adds and removes hidden layers, and neurons in each, within {@link Limits}; each layer's box
 * also holds its own activation and dropout rate, and a last box the output's activation
 * ({@link LayerSettings}).
 */
final class LayerEditor {
    private final Controller controller;
    private final HTMLElement list = Dom.byId("layers");
    private final HTMLElement count = Dom.byId("layer-count");
    private String shown = "";

    LayerEditor(Controller controller) {
        this.controller = controller;
        Dom.byId("add-layer").addEventListener("click", event -> addLayer());
        Dom.byId("remove-layer").addEventListener("click", event -> removeLayer());
    }

    private void addLayer() {
        int[] shape = controller.preset().networkShape;
        if (shape.length >= Limits.MAX_HIDDEN_LAYERS) {
            return;
        }
        int[] next = new int[shape.length + 1];
        System.arraycopy(shape, 0, next, 0, shape.length);
        // As wide as the layer before it, so that it can start by passing that layer's values through.
        next[shape.length] = shape.length > 0 ? shape[shape.length - 1]
                : Math.max(2, Math.min(Limits.MAX_NEURONS, controller.preset().enabledFeatureCount()));
        setShape(next);
    }

    private void removeLayer() {
        int[] shape = controller.preset().networkShape;
        if (shape.length == 0) {
            return;
        }
        int[] next = new int[shape.length - 1];
        System.arraycopy(shape, 0, next, 0, next.length);
        setShape(next);
    }

    private void changeNeurons(int layer, int by) {
        int[] next = controller.preset().networkShape.clone();
        int n = next[layer] + by;
        if (n < 1 || n > Limits.MAX_NEURONS) {
            return;
        }
        next[layer] = n;
        setShape(next);
    }

    private void setShape(int[] shape) {
        controller.change(p -> {
            p.networkShape = shape;
            p.fitLayerLists();
        });
    }

    void show(Preset preset) {
        int[] shape = preset.networkShape;
        String key = java.util.Arrays.toString(shape) + LayerSettings.key(preset);
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        count.setInnerText(Integer.toString(shape.length));
        list.setInnerText("");
        for (int i = 0; i < shape.length; i++) {
            int layer = i;
            HTMLElement box = Dom.create("div", "layer");
            box.setAttribute("data-layer", Integer.toString(i));
            HTMLElement minus = button("−", "Remove a neuron from hidden layer " + (i + 1));
            minus.addEventListener("click", event -> changeNeurons(layer, -1));
            HTMLElement value = Dom.create("output", null);
            value.setAttribute("id", "layer-" + i + "-neurons");
            value.setInnerText(Integer.toString(shape[i]));
            HTMLElement plus = button("+", "Add a neuron to hidden layer " + (i + 1));
            plus.addEventListener("click", event -> changeNeurons(layer, 1));
            HTMLElement label = Dom.create("span", null);
            label.setInnerText(shape[i] == 1 ? "neuron" : "neurons");
            box.appendChild(minus);
            box.appendChild(value);
            box.appendChild(plus);
            box.appendChild(label);
            LayerSettings.addTo(box, controller, preset, i);
            list.appendChild(box);
        }
        list.appendChild(LayerSettings.outputBox(controller, preset));
    }

    private static HTMLElement button(String text, String label) {
        HTMLElement button = Dom.create("button", "round-button");
        button.setAttribute("type", "button");
        button.setAttribute("aria-label", label);
        button.setInnerText(text);
        return button;
    }
}
