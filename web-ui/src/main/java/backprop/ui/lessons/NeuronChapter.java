package backprop.ui.lessons;

import backprop.engine.train.Trace;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import backprop.ui.base.Html;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Chapter 1, a neuron, a layer, a network: the learner sets the inputs, weights and biases and
 * follows each weighted sum z = Σ w·a + b and activation a = σ(z) forward to the output.
 */
final class NeuronChapter extends NetworkChapter {
    /** The task: the output above this. */
    static final double GOAL = 0.9;

    private final NetworkSketch sketch = new NetworkSketch("lesson-sketch");
    private final HTMLElement numbers = Dom.create("div", "lesson-numbers");
    private final HTMLElement live = Dom.create("p", "lesson-live");

    NeuronChapter() {
        super(1, "A neuron, a layer, a network");
    }

    @Override
    public String text() {
        return "A neuron adds up what reaches it: each input times the weight of its link, plus its own bias."
                + " That weighted sum is z = \u03a3 w\u00b7a + b. Then its activation function squashes z; here the"
                + " sigmoid \u03c3(z) = 1/(1+e\u207b\u1dbb), between 0 and 1, gives the neuron's output a = \u03c3(z)."
                + "\n\nA layer is neurons side by side that see the same inputs; a network is layers in a row, each"
                + " feeding the next. This one has two inputs, a hidden layer of two neurons h\u2081, h\u2082 and"
                + " one output o, all with weights set by hand. Change an input or a weight and follow every z and a.";
    }

    @Override
    public String task() {
        return "make the output o exceed " + GOAL + ".";
    }

    /** Whether the output of this step's forward pass is above the goal. */
    static boolean solved(Trace trace) {
        return trace.outputs(1)[0] > GOAL;
    }

    @Override
    void build(HTMLElement body) {
        HTMLElement work = Dom.create("div", "lesson-work");
        HTMLElement figure = Dom.create("div", "lesson-figure");
        figure.appendChild(sketch.element());
        HTMLElement controls = Dom.create("div", "lesson-controls");
        HTMLElement inputs = Dom.create("div", "lesson-inputs");
        inputField(0, inputs);
        inputField(1, inputs);
        controls.appendChild(inputs);
        controls.appendChild(parameterGrid());
        work.appendChild(figure);
        work.appendChild(controls);
        body.appendChild(work);
        numbers.setAttribute("id", "lesson-numbers");
        body.appendChild(numbers);
        live.setAttribute("id", "lesson-live");
        live.setAttribute("aria-live", "polite");
        body.appendChild(live);
    }

    @Override
    void render() {
        Html h = new Html();
        for (int n = 0; n < 3; n++) {
            forward(h, n);
        }
        setHtml(numbers, h.toString());
        Dom.setText(live, "Output o = " + Html.show(output()) + (done() ? ", above " : ", not yet above ") + GOAL);
        String[] notes = {null, null, "z " + Html.show(z(0)), "z " + Html.show(z(1)), "z " + Html.show(z(2))};
        sketch.draw(preset.lessonWeights, weightLabels(), neuronValues(), notes, -1,
                "The network: inputs " + NumberText.format(preset.lessonInputs[0]) + " and "
                        + NumberText.format(preset.lessonInputs[1]) + ", hidden outputs " + Html.show(a(0)) + " and "
                        + Html.show(a(1)) + ", output " + Html.show(output()));
    }

    @Override
    public boolean done() {
        return trace != null && solved(trace);
    }

    @Override
    public void numbers(JsonText json) {
        values(json);
        json.numbers("z", new double[] {z(0), z(1), z(2)}).numbers("a", new double[] {a(0), a(1), a(2)})
                .number("output", output());
    }
}
