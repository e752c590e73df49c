package backprop.ui.textbook;

import backprop.engine.state.DecodeResult;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.text.NumberText;
import backprop.engine.train.TextbookExample;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Playground;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The textbook example's number fields (i1, i2, t1, t2, w1..w8, b1..b4, η) and its "biases
 * fixed" box, writing through {@link Playground#change}. A typed value is read by the address's
 * own parser (as {@code tbW=…} would be), so a field and a link refuse the same values with the
 * same message; a refused value leaves the example as it was.
 */
final class TextbookFields {
    private static final String[] IDS = {"tb-i1", "tb-i2", "tb-t1", "tb-t2", "tb-w1", "tb-w2", "tb-w3", "tb-w4",
        "tb-w5", "tb-w6", "tb-w7", "tb-w8", "tb-b1", "tb-b2", "tb-b3", "tb-b4", "tb-rate"};

    private final Playground controller;
    private final HTMLInputElement[] inputs = new HTMLInputElement[IDS.length];
    private final HTMLInputElement fixed = (HTMLInputElement) Dom.byId("tb-fixed");
    private final HTMLElement error = Dom.byId("tb-error");

    TextbookFields(Playground controller) {
        this.controller = controller;
        for (int f = 0; f < IDS.length; f++) {
            HTMLInputElement input = (HTMLInputElement) Dom.byId(IDS[f]);
            inputs[f] = input;
            input.addEventListener("change", event -> edit(input));
        }
        fixed.addEventListener("change", event -> {
            boolean on = fixed.isChecked();
            controller.change(p -> p.tbFixedBiases = on, Effect.VIEW);
        });
    }

    /** The list a field belongs to in {@code p} (biases always as four, one per neuron). */
    private static double[] list(Preset p, String key) {
        switch (key) {
            case "tbIn": return p.tbIn;
            case "tbT": return p.tbT;
            case "tbW": return p.tbW;
            case "tbB": return TextbookExample.perNeuron(p.tbB);
            default: return new double[] {p.tbRate};
        }
    }

    private void edit(HTMLInputElement input) {
        String key = input.getAttribute("data-key");
        int index = Integer.parseInt(input.getAttribute("data-index"));
        double[] current = list(controller.preset(), key);
        StringBuilder text = new StringBuilder(key).append('=');
        for (int i = 0; i < current.length; i++) {
            text.append(i == 0 ? "" : ",").append(i == index ? clean(input.getValue()) : NumberText.format(current[i]));
        }
        DecodeResult read = PresetCodec.decode(text.toString());
        boolean ok = read.problems.isEmpty();
        input.setAttribute("aria-invalid", String.valueOf(!ok));
        Dom.setText(error, ok ? "" : input.getId().substring(3) + ": " + why(read.problems.get(0))
                + "; the example is unchanged.");
        if (!ok) {
            return;
        }
        Preset parsed = read.preset;
        controller.change(p -> {
            switch (key) {
                case "tbIn": p.tbIn = parsed.tbIn; break;
                case "tbT": p.tbT = parsed.tbT; break;
                case "tbW": p.tbW = parsed.tbW; break;
                case "tbB": p.tbB = parsed.tbB; break;
                default: p.tbRate = parsed.tbRate;
            }
        }, Effect.VIEW);
    }

    /** The parser's problem without what it did (it read a list of the defaults, not the example's). */
    private static String why(String problem) {
        int action = problem.lastIndexOf("; ");
        return action < 0 ? problem : problem.substring(0, action);
    }

    /** A typed value as one list entry: the characters that would end it or the address's value replaced. */
    private static String clean(String typed) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            s.append(c == '&' || c == '#' || c == '%' || c == '=' || c == ',' ? ' ' : c);
        }
        String t = s.toString().trim();
        return t.isEmpty() ? "?" : t;
    }

    /** Writes the state's numbers into the fields (not into the one being typed in). */
    void show(Preset p) {
        for (HTMLInputElement input : inputs) {
            if (!Dom.isFocused(input) && !"true".equals(input.getAttribute("aria-invalid"))) {
                double[] values = list(p, input.getAttribute("data-key"));
                input.setValue(NumberText.format(values[Integer.parseInt(input.getAttribute("data-index"))]));
            }
        }
        fixed.setChecked(p.tbFixedBiases);
    }
}
