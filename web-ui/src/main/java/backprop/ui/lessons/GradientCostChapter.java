package backprop.ui.lessons;

import backprop.engine.data.Examples;
import backprop.engine.nn.Network;
import backprop.engine.state.Preset;
import backprop.engine.train.NumericalGradient;
import backprop.engine.train.Trace;
import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import backprop.ui.base.Html;
import java.util.Arrays;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Chapter 7, why backpropagation: on the playground's own network, the gradient of one training
 * example the slow way ({@link NumericalGradient}: two forward passes per weight and bias) against
 * one backward pass (the step-through's {@link Trace}), both timed here with performance.now; the
 * two agree, and the count of passes grows with the network while backpropagation stays at one.
 */
final class GradientCostChapter implements Chapter {
    /** Each way is repeated until it has taken this long, so that short times are measured at all. */
    private static final double MEASURE_MS = 20;
    /** ... but at most this many times (a browser may coarsen or, headless, freeze its clock). */
    private static final int MAX_RUNS = 200;

    private Lesson lesson;
    private final HTMLElement result = Dom.create("div", "lesson-numbers");
    private final HTMLElement live = Dom.create("p", "lesson-live");
    private int comparisons;
    private int fewestParameters = Integer.MAX_VALUE;
    private int parameters;
    private int passes;
    private double numericMs;
    private double backpropMs;
    private double maxDifference;
    /** The network shape and input count last compared on. */
    private String comparedShape;

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String title() {
        return "Why backpropagation";
    }

    @Override
    public String text() {
        return "There is a simpler way to get every \u2202L/\u2202w: nudge one weight up by a tiny h, run the"
                + " network forward, nudge it down, run it again, and divide the change of the loss by 2h."
                + " It needs no chain rule, but it costs two forward passes for every weight and bias."
                + "\n\nBackpropagation gets all of them from one forward and one backward pass, whatever the size"
                + " of the network. Here both run on the playground's network below, on its first training"
                + " example: the two gradients agree to many digits; the costs do not.";
    }

    @Override
    public String task() {
        return "grow the network (more neurons or layers in the playground below; the two ways are compared"
                + " again) and watch the numerical way's cost grow.";
    }

    @Override
    public void open(HTMLElement body, Lesson lesson) {
        this.lesson = lesson;
        comparedShape = null;
        HTMLElement compare = Dom.create("button", "lesson-button");
        compare.setAttribute("type", "button");
        compare.setAttribute("id", "lesson-compare");
        Dom.setText(compare, "Compare again");
        compare.addEventListener("click", event -> compare());
        body.appendChild(compare);
        result.setAttribute("id", "lesson-cost");
        body.appendChild(result);
        live.setAttribute("id", "lesson-live");
        live.setAttribute("aria-live", "polite");
        body.appendChild(live);
        render();
    }

    /** Compares again by itself whenever the network's shape or inputs changed (and on opening). */
    @Override
    public void show(Preset preset) {
        String shape = Arrays.toString(preset.networkShape) + "/" + preset.enabledFeatureCount();
        if (!shape.equals(comparedShape)) {
            comparedShape = shape;
            compare();
        }
    }

    private void compare() {
        lesson.playground().pause();
        Trainer trainer = lesson.playground().experiment().trainer();
        Examples train = trainer.trainingExamples();
        if (train.count == 0) {
            Dom.setText(live, "The playground has no training example to compare on.");
            return;
        }
        Network network = trainer.network();
        double[] inputs = new double[train.inputWidth];
        double[] targets = new double[train.targetWidth];
        System.arraycopy(train.inputs, 0, inputs, 0, inputs.length);
        System.arraycopy(train.targets, 0, targets, 0, targets.length);

        Trace trace = null;
        int runs = 0;
        double start = Dom.now();
        do {
            trace = trainer.trace(false, 0);
            runs++;
        } while (Dom.now() - start < MEASURE_MS && runs < MAX_RUNS);
        backpropMs = (Dom.now() - start) / runs;

        NumericalGradient numeric = null;
        runs = 0;
        start = Dom.now();
        do {
            numeric = NumericalGradient.of(network, trainer.loss(), inputs, targets, NumericalGradient.DEFAULT_STEP);
            runs++;
        } while (Dom.now() - start < MEASURE_MS && runs < MAX_RUNS);
        numericMs = (Dom.now() - start) / runs;

        parameters = numeric.parameters();
        passes = numeric.forwardPasses();
        maxDifference = numeric.maxDifference(trace);
        comparisons++;
        fewestParameters = Math.min(fewestParameters, parameters);
        render();
        lesson.answered();
    }

    private void render() {
        if (comparisons == 0) {
            Dom.setText(result, "");
            Dom.setText(live, "Press \u201cCompare again\u201d.");
            return;
        }
        Html h = new Html();
        h.open("table", "lesson-table").open("tr", null).open("th", null).text("").close("th")
                .open("th", null).text("forward passes").close("th").open("th", null).text("time").close("th")
                .close("tr");
        h.open("tr", null).open("td", null).text("finite differences").close("td").open("td", null);
        h.num("lesson-passes", passes, Integer.toString(passes)).close("td").open("td", null);
        h.num("lesson-numeric-ms", numericMs, Html.show(numericMs) + " ms").close("td").close("tr");
        h.open("tr", null).open("td", null).text("backpropagation").close("td").open("td", null)
                .text("1 (+ 1 backward)").close("td").open("td", null);
        h.num("lesson-backprop-ms", backpropMs, Html.show(backpropMs) + " ms").close("td").close("tr");
        h.close("table");
        setHtml(result, h.toString());
        Dom.setText(live, parameters + " weights and biases. The largest difference between the two gradients: "
                + Html.show(maxDifference) + (backpropMs > 0 && numericMs > 0 ? ". The numerical way took "
                + Html.show(numericMs / backpropMs) + " times as long." : ". Both were too quick for this clock."));
    }

    @Override
    public boolean done() {
        return comparisons > 1 && parameters > fewestParameters;
    }

    @Override
    public void numbers(JsonText json) {
        json.whole("comparisons", comparisons).whole("parameters", parameters).whole("forwardPasses", passes)
                .number("maxDifference", maxDifference).number("numericMs", numericMs)
                .number("backpropMs", backpropMs).whole("fewestParameters",
                        comparisons == 0 ? 0 : fewestParameters);
    }

    @Override
    public void openInPlayground(Lesson lesson) {
        // The chapter already works on the playground's own network: closing the lesson leaves it there.
    }

    private static void setHtml(HTMLElement element, String html) {
        element.setInnerHTML(html);
    }
}
