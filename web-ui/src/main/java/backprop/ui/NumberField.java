package backprop.ui;

import backprop.engine.text.NumberText;
import backprop.engine.state.Preset;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A typed number setting (momentum β, Adam's β₁, β₂, ε): applied live when it
 * is a number in its range; otherwise the field says why and the state keeps
 * its value. Hidden (so out of the tab order too) while the chosen optimizer does not use it.
 */
final class NumberField {
    private final HTMLInputElement input;
    private final HTMLElement field;

    NumberField(String id, double min, double maxExclusive, Controller controller, Setter setter) {
        this.input = (HTMLInputElement) Dom.byId(id);
        this.field = Dom.byId(id + "-field");
        input.addEventListener("change", event -> {
            String text = input.getValue().trim();
            double value = NumberText.parse(text);
            boolean ok = value == value && value >= min && value < maxExclusive && !(min == 0 && value == 0
                    && "epsilon".equals(id));
            input.setAttribute("aria-invalid", String.valueOf(!ok));
            if (!ok) {
                input.setAttribute("title", "“" + text + "” is not a number in [" + NumberText.format(min) + ", "
                        + NumberText.format(maxExclusive) + "); the setting is unchanged.");
                return;
            }
            input.removeAttribute("title");
            double accepted = value;
            controller.change(p -> setter.set(p, accepted));
        });
    }

    void show(double value, boolean active) {
        if (!Dom.isFocused(input)) {
            input.setValue(NumberText.format(value));
        }
        field.setHidden(!active);
    }

    interface Setter {
        void set(Preset preset, double value);
    }

}
