package backprop.ui.lessons;

import backprop.engine.train.Trace;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import backprop.ui.base.Html;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Chapter 2, the loss: one example with its target t, the square loss L = ½(o − t)² with its
 * numbers, and the learner bringing it down by hand.
 */
final class LossChapter extends NetworkChapter {
    /** The task: the loss below this. */
    static final double GOAL = 0.01;

    private final NetworkSketch sketch = new NetworkSketch("lesson-sketch");
    private final HTMLElement numbers = Dom.create("div", "lesson-numbers");
    private final HTMLElement live = Dom.create("p", "lesson-live");

    LossChapter() {
        super(2, "The loss");
    }

    @Override
    public String text() {
        return "To learn, a network must know how wrong it is. For one example we know the answer we want: the"
                + " target t. The loss measures how far the output o is from it; here the square loss"
                + " L = \u00bd(o \u2212 t)\u00b2. It is 0 when o = t and grows fast as o moves away (the \u00bd only"
                + " makes its slope neat: \u2202L/\u2202o = o \u2212 t)."
                + "\n\nTraining means making the loss small. Before a machine does it, do it yourself: change the"
                + " weights and biases (or the target) and watch o and L.";
    }

    @Override
    public String task() {
        return "bring the loss L below " + GOAL + " by hand.";
    }

    /** Whether the loss of this step's example is below the goal. */
    static boolean solved(Trace trace) {
        return trace.loss() < GOAL;
    }

    @Override
    void build(HTMLElement body) {
        HTMLElement work = Dom.create("div", "lesson-work");
        HTMLElement figure = Dom.create("div", "lesson-figure");
        figure.appendChild(sketch.element());
        HTMLElement controls = Dom.create("div", "lesson-controls");
        HTMLElement target = Dom.create("div", "lesson-inputs");
        targetField(target);
        controls.appendChild(target);
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
        h.open("p", "lesson-formula").text("Forward pass of the example x = (");
        set(h, preset.lessonInputs[0]).text(", ");
        set(h, preset.lessonInputs[1]).text("): output o = ").num("lesson-output", output())
                .close("p");
        double diff = output() - preset.lessonTarget;
        h.open("p", "lesson-formula lesson-key").open("strong", null).text("Loss").close("strong")
                .text(": L = \u00bd(o \u2212 t)\u00b2 = \u00bd(").num(null, output()).text(" \u2212 ")
                .num(null, preset.lessonTarget, NumberText.format(preset.lessonTarget))
                .text(")\u00b2 = \u00bd\u00b7").factor(null, diff).text("\u00b2 = ")
                .num("lesson-loss", trace.loss()).close("p");
        setHtml(numbers, h.toString());
        Dom.setText(live, "Loss L = " + Html.show(trace.loss()) + (done() ? ", below " : ", not yet below ") + GOAL);
        String[] notes = {null, null, null, null, "t " + NumberText.format(preset.lessonTarget)};
        sketch.draw(preset.lessonWeights, weightLabels(), neuronValues(), notes, -1,
                "The network's output " + Html.show(output()) + " against the target "
                        + NumberText.format(preset.lessonTarget));
    }

    @Override
    public boolean done() {
        return trace != null && solved(trace);
    }

    @Override
    public void numbers(JsonText json) {
        values(json);
        json.number("output", output()).number("loss", trace.loss());
    }
}
