package backprop.ui.plot;

import backprop.engine.train.Experiment;
import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import backprop.ui.base.Playground;
import backprop.ui.base.Target;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The tooltip that follows the pointer over the network, and the inspector
 * below it for what was clicked or tapped (so nothing is reachable by hover
 * only): a weight's or bias's value, live while training, with an editor, or
 * the neuron shown in the output plot.
 */
public final class Inspector {
    private final Playground controller;
    private final HTMLElement tooltip = Dom.byId("network-tooltip");
    private final HTMLElement panel = Dom.byId("inspector");
    private final HTMLElement text = Dom.byId("inspector-text");
    private final HTMLElement editLabel = Dom.byId("inspector-edit-label");
    private final HTMLInputElement value = (HTMLInputElement) Dom.byId("inspector-value");
    private final HTMLElement apply = Dom.byId("inspector-apply");
    private final HTMLElement error = Dom.byId("inspector-error");
    private Target shownSelection;
    private final EditHistory history;
    /** Where the focus goes back after an edit begun from the keyboard, or null. */
    private HTMLElement returnTo;
    /** Whether the value field takes the focus when it shows next. */
    private boolean focusValue;

    /** Where an edit of a weight or bias is recorded, so that it can be undone. */
    public interface EditHistory {
        /** Called just before the edit called {@code label} changes the network. */
        void before(String label);
    }

    public Inspector(Playground controller, EditHistory history) {
        this.controller = controller;
        this.history = history;
        apply.addEventListener("click", event -> applyEdit());
        value.addEventListener("keydown", event -> {
            String key = ((KeyboardEvent) event).getKey();
            if ("Enter".equals(key)) {
                applyEdit();
            } else if ("Escape".equals(key)) {
                controller.select(null);
                giveFocusBack();
            }
        });
        Dom.byId("inspector-close").addEventListener("click", event -> controller.select(null));
    }

    private void applyEdit() {
        String typed = value.getValue().trim();
        double number = NumberText.parse(typed);
        if (number != number || Double.isInfinite(number) || typed.isEmpty()) {
            error.setInnerText("“" + typed + "” is not a number; the network is unchanged.");
            return;
        }
        error.setInnerText("");
        set(number);
        value.blur();
        giveFocusBack();
    }

    /** The value field takes the focus once it shows; after the edit it goes back to {@code from}. */
    void editNext(HTMLElement from) {
        returnTo = from;
        focusValue = true;
    }

    private void giveFocusBack() {
        if (returnTo != null) {
            returnTo.focus();
            returnTo = null;
        }
    }

    /** Sets the selected weight or bias; the maps follow at once. */
    private void set(double number) {
        Target selected = controller.pointer().selected();
        if (selected == null || !selected.editable()) {
            return;
        }
        Network network = controller.experiment().network();
        history.before(describe(controller.experiment(), selected) + ": "
                + NumberText.format(parameter(network, selected)) + " → " + NumberText.format(number));
        if (selected.kind == Target.Kind.BIAS) {
            network.biases(selected.layer)[selected.index] = number;
        } else {
            network.weights(selected.layer)[selected.index * network.shape()[selected.layer] + selected.from] = number;
        }
        network.changed();
        controller.redraw();
    }

    public void draw(Experiment experiment, Target hovered, double x, double y, Target selected) {
        Network network = experiment.network();
        if (hovered != null && hovered.kind != Target.Kind.FEATURE) {
            tooltip.setInnerText(tooltip(experiment, hovered));
            Dom.setStyle(tooltip, "left", Format.px(x + 14));
            Dom.setStyle(tooltip, "top", Format.px(y + 10));
            Dom.setHidden(tooltip, false);
        } else {
            Dom.setHidden(tooltip, true);
        }
        if (selected == null) {
            Dom.setHidden(panel, true);
            shownSelection = null;
            return;
        }
        Dom.setHidden(panel, false);
        boolean fresh = !selected.same(shownSelection);
        shownSelection = selected;
        if (selected.editable()) {
            text.setInnerText(describe(experiment, selected) + valueText(network, selected));
            Dom.setHidden(editLabel, false);
            Dom.setHidden(apply, false);
            if (fresh || !Dom.isFocused(value)) {
                value.setValue(NumberText.format(parameter(network, selected)));
            }
            if (fresh) {
                error.setInnerText("");
            }
            if (focusValue) {
                focusValue = false;
                value.focus();
                value.select();
            }
        } else {
            text.setInnerText("The output plot shows " + describe(experiment, selected) + ". Close to show the output again.");
            Dom.setHidden(editLabel, true);
            Dom.setHidden(apply, true);
        }
    }

    /** What the tooltip says about {@code t}: what it is, and a weight's or bias's value. */
    static String tooltip(Experiment experiment, Target t) {
        return describe(experiment, t) + valueText(experiment.network(), t);
    }

    static double parameter(Network network, Target t) {
        return t.kind == Target.Kind.BIAS ? network.biases(t.layer)[t.index]
                : network.weights(t.layer)[t.index * network.shape()[t.layer] + t.from];
    }

    private static String valueText(Network network, Target t) {
        if (!t.editable()) {
            return "";
        }
        boolean dead = t.kind == Target.Kind.LINK
                && network.deadLinks().isDead(t.layer, t.index * network.shape()[t.layer] + t.from);
        return ": " + Format.fixed(parameter(network, t), 4)
                + (dead ? " (dead: L1 regularization stopped it at 0; it learns no more)" : "");
    }

    /** "weight from X₁ to neuron 2 of hidden layer 1", "bias of the output", … */
    public static String describe(Experiment experiment, Target t) {
        int depth = experiment.network().depth();
        switch (t.kind) {
            case FEATURE:
                return "input " + Target.inputLabel(experiment, t.index);
            case NEURON:
                return neuronName(t.layer, t.index, depth);
            case BIAS:
                return "bias of " + neuronName(t.layer + 1, t.index, depth);
            case LINK:
                String source = t.layer == 0 ? experiment.features().label(t.from)
                        : neuronName(t.layer, t.from, depth);
                return "weight from " + source + " to " + neuronName(t.layer + 1, t.index, depth);
            default:
                return "";
        }
    }

    private static String neuronName(int layer, int index, int depth) {
        if (layer == depth) {
            return "output " + (index + 1);
        }
        return "neuron " + (index + 1) + " of hidden layer " + layer;
    }
}
