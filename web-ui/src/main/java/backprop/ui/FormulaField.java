package backprop.ui;

import backprop.engine.data.Dataset;
import backprop.engine.data.FormulaData;
import backprop.engine.data.Problem;
import backprop.engine.formula.Formula;
import backprop.engine.formula.FormulaException;
import backprop.engine.nn.Rng;
import backprop.engine.state.Preset;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The text field of the "your own function" datasets, shown while one of them is chosen: the
 * boundary f of y &gt; f(x) to classify, the surface f of z = f(x, y) to regress. Enter, leaving
 * the field or Apply reads the formula; a formula that cannot be read leaves the text as typed and
 * the state as it was, and says why with a caret under the character. Below it, how many drawn
 * points were left out because f is NaN or ∞ there.
 */
final class FormulaField {
    private final Controller controller;
    private final HTMLElement field = Dom.byId("formula-field");
    private final HTMLElement label = Dom.byId("formula-label");
    private final HTMLInputElement input = (HTMLInputElement) Dom.byId("formula-input");
    private final HTMLElement error = Dom.byId("formula-error");
    private final HTMLElement note = Dom.byId("formula-note");
    /** The formula, problem, noise and seed the note was counted for. */
    private String counted = "";

    FormulaField(Controller controller) {
        this.controller = controller;
        input.addEventListener("change", event -> read());
        input.addEventListener("keydown", event -> {
            if ("Enter".equals(((org.teavm.jso.dom.events.KeyboardEvent) event).getKey())) {
                read();
            }
        });
        Dom.byId("formula-apply").addEventListener("click", event -> read());
    }

    private void read() {
        Preset p = controller.preset();
        boolean regression = p.problem == Problem.REGRESSION;
        String text = input.getValue();
        Formula formula;
        try {
            formula = regression ? Formula.parse(text) : Formula.parseOfX(text);
        } catch (FormulaException e) {
            showError(input, error, text, e.reason(), e.position());
            Dom.setData(field, "error", Integer.toString(e.position()));
            return;
        }
        showError(input, error, null, null, 0);
        Dom.setData(field, "error", "");
        String canonical = formula.toString();
        if (canonical.equals(regression ? p.regFormula : p.formula)) {
            input.setValue(canonical);
            return;
        }
        controller.change(q -> {
            if (regression) {
                q.regFormula = canonical;
            } else {
                q.formula = canonical;
            }
        }, Effect.NEW_DATA);
        input.setValue(canonical);
    }

    /**
     * Shows in {@code error}, under {@code input}, the text with a caret under the character at
     * {@code position} (a line of its own, so the caret stays aligned) and below it the
     * {@code reason}, which wraps; a null reason clears it.
     */
    static void showError(HTMLInputElement input, HTMLElement error, String text, String reason, int position) {
        input.setAttribute("aria-invalid", String.valueOf(reason != null));
        error.setHidden(reason == null);
        error.setInnerText("");
        if (reason != null) {
            StringBuilder caret = new StringBuilder();
            for (int i = 0; i < position; i++) {
                caret.append(' ');
            }
            HTMLElement where = Dom.create("pre", null);
            where.setInnerText(text + "\n" + caret + "^");
            HTMLElement why = Dom.create("span", null);
            why.setInnerText(reason);
            error.appendChild(where);
            error.appendChild(why);
        }
    }

    void show(Preset p) {
        Dataset dataset = p.activeDataset();
        boolean shown = dataset.typed() && p.digits == null && p.datasetId.isEmpty();
        field.setHidden(!shown);
        if (!shown) {
            return;
        }
        boolean regression = p.problem == Problem.REGRESSION;
        label.setInnerText(regression ? "z = f(x, y) =" : "y > f(x), f(x) =");
        String formula = regression ? p.regFormula : p.formula;
        if (!Dom.isFocused(input) && !"true".equals(input.getAttribute("aria-invalid"))) {
            input.setValue(formula);
        }
        String key = p.problem.id() + "|" + formula + "|" + p.noise + "|" + p.seed;
        if (!key.equals(counted)) {
            counted = key;
            FormulaData data = dataset.generate(p.activeFormula(), p.noise / 100.0, Rng.fromSeed(p.seed + "|data"));
            int drawn = data.points.size() + data.undefined;
            Dom.setData(field, "undefined", Integer.toString(data.undefined));
            note.setInnerText(data.undefined == 0 ? ""
                    : "f is undefined (NaN or ∞) at " + data.undefined + " of " + drawn
                    + " points; they are left out" + (data.points.size() == 0 ? ", so there is nothing to learn." : "."));
        }
    }
}
