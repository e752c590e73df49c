package backprop.ui;

import backprop.engine.nn.Activation;
import backprop.engine.state.Preset;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The per-layer settings in the layer editor's boxes: each hidden layer's own activation (or the
 * global one) and its dropout rate, and the output layer's activation (or the automatic rule). They
 * write the preset's {@code layerActivations}, {@code dropout} and {@code outputActivation} through
 * the controller; a changed activation keeps the weights, a dropout rate only changes training.
 */
final class LayerSettings {
    /** The dropout rates offered (a link may bring another one: it is added to the list). */
    static final double[] RATES = {0, 0.1, 0.2, 0.3, 0.5};

    private LayerSettings() {
    }

    /** What the boxes show, to rebuild them only when it changes. */
    static String key(Preset p) {
        StringBuilder s = new StringBuilder("|").append(p.activation.id()).append('|');
        for (Activation a : p.layerActivations) {
            s.append(a == null ? "" : a.id()).append(',');
        }
        s.append('|');
        for (double d : p.dropout) {
            s.append(NumberText.format(d)).append(',');
        }
        return s.append('|').append(p.outputActivation == null ? "" : p.outputActivation.id()).toString();
    }

    /** Hidden layer h's activation and dropout selects, on a line of their own in its box. */
    static void addTo(HTMLElement box, Controller controller, Preset p, int h) {
        HTMLElement line = Dom.create("div", "layer-settings");
        HTMLSelectElement activation = select("layer-" + h + "-activation",
                "Activation of hidden layer " + (h + 1));
        option(activation, "", "all: " + label(p.activation));
        for (int i = 0; i < Controls.HIDDEN_ACTIVATIONS.length; i++) {
            option(activation, Controls.HIDDEN_ACTIVATIONS[i].id(), Controls.ACTIVATION_LABELS[i]);
        }
        Activation own = h < p.layerActivations.length ? p.layerActivations[h] : null;
        activation.setValue(own == null ? "" : own.id());
        activation.addEventListener("change", event -> controller.change(q -> q.setHiddenActivation(h,
                activation.getValue().isEmpty() ? null : Activation.fromId(activation.getValue()))));
        HTMLSelectElement dropout = select("layer-" + h + "-dropout", "Dropout rate of hidden layer " + (h + 1));
        double rate = p.dropoutRate(h);
        boolean listed = false;
        for (double r : RATES) {
            option(dropout, NumberText.format(r), r == 0 ? "no dropout" : "drop " + NumberText.format(r));
            listed |= r == rate;
        }
        if (!listed) {
            option(dropout, NumberText.format(rate), "drop " + NumberText.format(rate));
        }
        dropout.setValue(NumberText.format(rate));
        dropout.addEventListener("change", event -> controller.change(
                q -> q.setDropoutRate(h, NumberText.parse(dropout.getValue()))));
        line.appendChild(activation);
        line.appendChild(dropout);
        box.appendChild(line);
    }

    /** The output layer's box: its activation, or the automatic rule (tanh, linear, softmax, by the problem). */
    static HTMLElement outputBox(Controller controller, Preset p) {
        HTMLElement box = Dom.create("div", "layer layer-output");
        HTMLElement name = Dom.create("span", null);
        name.setInnerText("output");
        HTMLSelectElement activation = select("output-activation", "Activation of the output layer");
        option(activation, "", "automatic");
        for (int i = 0; i < Controls.HIDDEN_ACTIVATIONS.length; i++) {
            option(activation, Controls.HIDDEN_ACTIVATIONS[i].id(), Controls.ACTIVATION_LABELS[i]);
        }
        option(activation, Activation.SOFTMAX.id(), "Softmax");
        activation.setValue(p.outputActivation == null ? "" : p.outputActivation.id());
        activation.addEventListener("change", event -> controller.change(q -> q.outputActivation =
                activation.getValue().isEmpty() ? null : Activation.fromId(activation.getValue())));
        box.appendChild(name);
        box.appendChild(activation);
        return box;
    }

    private static String label(Activation a) {
        for (int i = 0; i < Controls.HIDDEN_ACTIVATIONS.length; i++) {
            if (Controls.HIDDEN_ACTIVATIONS[i] == a) {
                return Controls.ACTIVATION_LABELS[i];
            }
        }
        return a.id();
    }

    private static HTMLSelectElement select(String id, String label) {
        HTMLSelectElement select = (HTMLSelectElement) Dom.create("select", "layer-select");
        select.setAttribute("id", id);
        select.setAttribute("aria-label", label);
        return select;
    }

    private static void option(HTMLSelectElement select, String value, String text) {
        HTMLElement option = Dom.create("option", null);
        option.setAttribute("value", value);
        option.setInnerText(text);
        select.appendChild(option);
    }
}
