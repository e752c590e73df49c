package backprop.ui;

import backprop.engine.data.FeatureFormulas;
import backprop.engine.formula.Formula;
import backprop.engine.formula.FormulaException;
import backprop.engine.state.Preset;
import backprop.engine.train.Experiment;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Input features typed as formulas of x and y ({@code x*y*y}, {@code sin(3x)}), under the
 * built-in ones: "+ feature" adds the formula in the field, × removes one. Like switching a
 * built-in feature on, adding one reshapes the running network, which keeps its weights (the new
 * input starts with zero weights) and can be undone. A formula that cannot be read stays in the
 * field with a caret under the character; a feature undefined at some points feeds 0 there, and
 * the note says at how many.
 */
final class TypedFeatures {
    private final Controller controller;
    private final HTMLElement list = Dom.byId("typed-list");
    private final HTMLInputElement input = (HTMLInputElement) Dom.byId("typed-input");
    private final HTMLElement add = Dom.byId("typed-add");
    private final HTMLElement error = Dom.byId("typed-error");
    private final HTMLElement note = Dom.byId("typed-note");
    private String shown;
    private Experiment counted;

    TypedFeatures(Controller controller) {
        this.controller = controller;
        add.addEventListener("click", event -> add());
        input.addEventListener("keydown", event -> {
            if ("Enter".equals(((org.teavm.jso.dom.events.KeyboardEvent) event).getKey())) {
                add();
            }
        });
    }

    private void add() {
        Formula[] now = FeatureFormulas.parse(controller.preset().featureFormulas);
        String text = input.getValue();
        Formula f;
        try {
            f = Formula.parse(text);
        } catch (FormulaException e) {
            FormulaField.showError(input, error, text, e.reason(), e.position());
            return;
        }
        for (Formula g : now) {
            if (g.equals(f)) {
                FormulaField.showError(input, error, text, f + " is already an input", 0);
                return;
            }
        }
        if (now.length >= FeatureFormulas.MAX) {
            FormulaField.showError(input, error, text, "at most " + FeatureFormulas.MAX + " typed features", 0);
            return;
        }
        FormulaField.showError(input, error, null, null, 0);
        Formula[] next = new Formula[now.length + 1];
        System.arraycopy(now, 0, next, 0, now.length);
        next[now.length] = f;
        input.setValue("");
        controller.change(p -> p.featureFormulas = FeatureFormulas.join(next), Effect.RESHAPE);
    }

    void remove(int index) {
        Formula[] now = FeatureFormulas.parse(controller.preset().featureFormulas);
        Formula[] next = new Formula[now.length - 1];
        for (int i = 0, k = 0; i < now.length; i++) {
            if (i != index) {
                next[k++] = now[i];
            }
        }
        controller.change(p -> p.featureFormulas = FeatureFormulas.join(next), Effect.RESHAPE);
    }

    void show(Preset p) {
        Experiment experiment = controller.experiment();
        if (p.featureFormulas.equals(shown) && experiment == counted) {
            return;
        }
        shown = p.featureFormulas;
        counted = experiment;
        Formula[] typed = FeatureFormulas.parse(p.featureFormulas);
        list.setInnerText("");
        StringBuilder undefined = new StringBuilder();
        for (int i = 0; i < typed.length; i++) {
            int index = i;
            HTMLElement item = Dom.create("li", "typed-feature");
            HTMLElement name = Dom.create("code", null);
            name.setInnerText(typed[i].toString());
            HTMLElement remove = Dom.create("button", "icon-button small");
            remove.setAttribute("type", "button");
            remove.setAttribute("aria-label", "Remove the input " + typed[i]);
            remove.setInnerText("×");
            remove.addEventListener("click", event -> remove(index));
            item.appendChild(name);
            item.appendChild(remove);
            list.appendChild(item);
            if (experiment != null) {
                int n = FeatureFormulas.undefinedAt(typed[i], experiment.trainPoints());
                if (n > 0) {
                    undefined.append(undefined.length() == 0 ? "" : " ").append(typed[i]).append(" is undefined at ")
                            .append(n).append(" of ").append(experiment.trainPoints().size())
                            .append(" training points; it feeds 0 there.");
                }
            }
        }
        Dom.setData(list, "count", Integer.toString(typed.length));
        note.setInnerText(undefined.toString());
        add.setAttribute("aria-disabled", String.valueOf(typed.length >= FeatureFormulas.MAX));
    }
}
