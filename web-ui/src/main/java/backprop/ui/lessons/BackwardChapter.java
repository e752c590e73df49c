package backprop.ui.lessons;

import backprop.ui.base.Dom;
import backprop.ui.base.Html;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Chapter 3, the backward pass: δ of the output, then of each hidden neuron by the chain rule, and
 * ∂L/∂w = δ·a for every link, read from the step's trace. The learner predicts the sign of one
 * gradient before the page reveals it.
 */
final class BackwardChapter extends NetworkChapter {
    /** The link asked about first: w₂₂ (x₂ → h₂), whose sign takes the whole chain to see. */
    static final int FIRST_ASKED = 3;

    private final NetworkSketch sketch = new NetworkSketch("lesson-sketch");
    private final HTMLElement numbers = Dom.create("div", "lesson-numbers");
    private final HTMLElement verdict = Dom.create("p", "lesson-live");
    private final boolean[] revealed = new boolean[6];
    private HTMLSelectElement link;
    private int asked = FIRST_ASKED;
    private boolean right;

    BackwardChapter() {
        super(3, "The backward pass");
    }

    @Override
    public String text() {
        return "The backward pass finds how the loss changes with every weight: \u2202L/\u2202w. It starts at the"
                + " output, where \u03b4 = \u2202L/\u2202z = (o \u2212 t)\u00b7\u03c3\u2032(z), and for the sigmoid"
                + " \u03c3\u2032(z) = a(1 \u2212 a). The chain rule carries \u03b4 back one link at a time: a hidden"
                + " neuron's \u03b4 is the weight of its link to the output times the output's \u03b4, times its own"
                + " \u03c3\u2032(z). A weight's gradient is the \u03b4 of the neuron it feeds times the value a coming"
                + " in: \u2202L/\u2202w = \u03b4\u00b7a."
                + "\n\nA positive gradient says: raise this weight and the loss rises.";
    }

    @Override
    public String task() {
        return "predict the sign of a gradient before it is revealed.";
    }

    /** Whether "positive" (or "negative") is the sign of {@code gradient}; 0 has neither. */
    static boolean rightSign(double gradient, boolean positive) {
        return positive ? gradient > 0 : gradient < 0;
    }

    @Override
    void build(HTMLElement body) {
        HTMLElement work = Dom.create("div", "lesson-work");
        HTMLElement figure = Dom.create("div", "lesson-figure");
        figure.appendChild(sketch.element());
        HTMLElement controls = Dom.create("div", "lesson-controls lesson-quiz");
        HTMLElement label = Dom.create("label", "lesson-field");
        HTMLElement name = Dom.create("span", "lesson-field-name");
        Dom.setText(name, "Gradient of");
        label.appendChild(name);
        link = (HTMLSelectElement) Dom.create("select", null);
        link.setAttribute("id", "lesson-link");
        for (int k = 0; k < 6; k++) {
            HTMLElement option = Dom.create("option", null);
            option.setAttribute("value", Integer.toString(k));
            Dom.setText(option, "\u2202L/\u2202" + WEIGHT_NAMES[k]);
            link.appendChild(option);
        }
        link.setValue(Integer.toString(asked));
        link.addEventListener("change", event -> {
            asked = Integer.parseInt(link.getValue());
            render();
            lesson.answered();
        });
        label.appendChild(link);
        controls.appendChild(label);
        HTMLElement question = Dom.create("p", "lesson-question");
        Dom.setText(question, "Is it positive or negative? Reason it out from the \u03b4s and the values a,"
                + " then answer:");
        controls.appendChild(question);
        HTMLElement buttons = Dom.create("div", "lesson-answers");
        buttons.appendChild(answer("lesson-guess-plus", "Positive (+)", true));
        buttons.appendChild(answer("lesson-guess-minus", "Negative (\u2212)", false));
        controls.appendChild(buttons);
        verdict.setAttribute("id", "lesson-verdict");
        verdict.setAttribute("aria-live", "polite");
        controls.appendChild(verdict);
        HTMLElement textbook = Dom.create("p", "lesson-aside");
        HTMLElement lead = Dom.create("span", null);
        Dom.setText(lead, "Reading a worked example in a book? ");
        textbook.appendChild(lead);
        HTMLElement toTextbook = Dom.create("a", null);
        toTextbook.setAttribute("id", "lesson-textbook");
        toTextbook.setAttribute("href", "#textbook=true");
        Dom.setText(toTextbook, "check every one of its numbers in the textbook example");
        textbook.appendChild(toTextbook);
        controls.appendChild(textbook);
        work.appendChild(figure);
        work.appendChild(controls);
        body.appendChild(work);
        numbers.setAttribute("id", "lesson-numbers");
        body.appendChild(numbers);
    }

    private HTMLElement answer(String id, String text, boolean positive) {
        HTMLElement b = Dom.create("button", "lesson-button");
        b.setAttribute("type", "button");
        b.setAttribute("id", id);
        Dom.setText(b, text);
        b.addEventListener("click", event -> guess(positive));
        return b;
    }

    private void guess(boolean positive) {
        if (revealed[asked]) {
            return;
        }
        revealed[asked] = true;
        double g = gradient(asked);
        boolean ok = rightSign(g, positive);
        right |= ok;
        Dom.setText(verdict, (ok ? "Right: " : "Not this time: ") + "\u2202L/\u2202" + WEIGHT_NAMES[asked] + " = "
                + Html.show(g) + (ok ? "." : ". Pick another link and try again."));
        render();
        lesson.answered();
    }

    @Override
    void render() {
        Html h = new Html();
        double o = output();
        h.open("p", "lesson-formula").open("strong", null).text("\u03b4 of o").close("strong")
                .text(" = (o \u2212 t)\u00b7o(1 \u2212 o) = ").factor(null, o - preset.lessonTarget).text("\u00b7")
                .num(null, o).text("\u00b7").num(null, 1 - o).text(" = ").num("lesson-delta-2", delta(2)).close("p");
        for (int n = 0; n < 2; n++) {
            String hn = n == 0 ? "h\u2081" : "h\u2082";
            h.open("p", "lesson-formula").open("strong", null).text("\u03b4 of " + hn).close("strong")
                    .text(" = " + WEIGHT_NAMES[4 + n] + "\u00b7\u03b4\u2092\u00b7a(1 \u2212 a) = ")
                    .factor(null, preset.lessonWeights[4 + n]).text("\u00b7").factor(null, delta(2)).text("\u00b7")
                    .num(null, a(n)).text("\u00b7").num(null, 1 - a(n)).text(" = ").num("lesson-delta-" + n, delta(n))
                    .close("p");
        }
        h.open("p", "lesson-formula").open("strong", null).text("\u2202L/\u2202w = \u03b4\u00b7a").close("strong")
                .text(":");
        String[] labels = new String[6];
        for (int k = 0; k < 6; k++) {
            boolean hidden = k == asked && !revealed[k];
            int to = NetworkSketch.TO[k] - 2;
            int from = NetworkSketch.FROM[k];
            double in = from < 2 ? preset.lessonInputs[from] : a(from - 2);
            h.text(k == 0 ? " " : ";  ").text(WEIGHT_NAMES[k] + " ");
            if (hidden) {
                h.text("?");
            } else {
                h.factor(null, delta(to)).text("\u00b7").factor(null, in).text(" = ")
                        .num("lesson-grad-" + k, gradient(k));
            }
            labels[k] = "\u2202" + WEIGHT_NAMES[k] + " " + (hidden ? "?" : Html.show(gradient(k)));
        }
        h.close("p");
        setHtml(numbers, h.toString());
        String[] notes = {null, null, "\u03b4 " + Html.show(delta(0)), "\u03b4 " + Html.show(delta(1)),
            "\u03b4 " + Html.show(delta(2))};
        sketch.draw(preset.lessonWeights, labels, neuronValues(), notes, asked,
                "The backward pass: delta of the output " + Html.show(delta(2)) + ", of the hidden neurons "
                        + Html.show(delta(0)) + " and " + Html.show(delta(1)));
    }

    @Override
    public boolean done() {
        return right;
    }

    @Override
    public void numbers(JsonText json) {
        values(json);
        double[] shown = new double[6];
        for (int k = 0; k < 6; k++) {
            shown[k] = k == asked && !revealed[k] ? Double.NaN : gradient(k);
        }
        json.number("output", output()).number("loss", trace.loss())
                .numbers("deltas", new double[] {delta(0), delta(1), delta(2)}).whole("asked", asked)
                .flag("revealed", revealed[asked]).numbers("gradients", shown);
    }
}
