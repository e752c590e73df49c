package backprop.ui.lessons;

import backprop.engine.train.LessonNetwork;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import backprop.ui.base.Html;
import backprop.ui.base.Palette;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Chapter 4, the update and the learning rate: Δw = −η·∂L/∂w applied to every weight (read from
 * the step's trace), and the loss over ten steps with η too small, the learner's, and too large.
 */
final class UpdateChapter extends NetworkChapter {
    /** Steps the learner's η gets to bring the loss below {@link #GOAL}. */
    static final int STEPS = 10;
    static final double GOAL = 0.001;
    static final double SMALL = 0.1;
    static final double LARGE = 50;

    private final HTMLElement numbers = Dom.create("div", "lesson-numbers");
    private final LossSteps chart = new LossSteps("lesson-chart");
    private final HTMLElement legend = Dom.create("ul", "lesson-legend");
    private final HTMLElement live = Dom.create("p", "lesson-live");
    private double[] losses;
    private double[] small;
    private double[] large;

    UpdateChapter() {
        super(4, "The update and the learning rate");
    }

    @Override
    public String text() {
        return "Now every weight steps downhill: \u0394w = \u2212\u03b7\u00b7\u2202L/\u2202w, and w becomes"
                + " w + \u0394w. The learning rate \u03b7 sets the size of the step. Too small, and the loss barely"
                + " moves. Too large, and one step overshoots: the output jumps far past the target into the"
                + " sigmoid's flat end, where \u03c3\u2032 is almost 0, and learning stalls. In between, the loss"
                + " falls fast."
                + "\n\nTraining repeats the step. The chart shows the loss over " + STEPS + " steps with \u03b7 = "
                + NumberText.format(SMALL) + ", with yours and with \u03b7 = " + NumberText.format(LARGE) + ".";
    }

    @Override
    public String task() {
        return "pick an \u03b7 that brings the loss below " + GOAL + " within " + STEPS + " steps.";
    }

    /** Whether the loss is below the goal after some step 1..STEPS of these {@code losses} (index: step). */
    static boolean solved(double[] losses) {
        for (int s = 1; s < losses.length && s <= STEPS; s++) {
            if (losses[s] < GOAL) {
                return true;
            }
        }
        return false;
    }

    @Override
    void build(HTMLElement body) {
        HTMLElement work = Dom.create("div", "lesson-work");
        HTMLElement figure = Dom.create("div", "lesson-figure");
        figure.appendChild(chart.element());
        legend.setAttribute("id", "lesson-legend");
        figure.appendChild(legend);
        HTMLElement controls = Dom.create("div", "lesson-controls");
        HTMLElement rate = Dom.create("div", "lesson-inputs");
        rateField(rate);
        controls.appendChild(rate);
        numbers.setAttribute("id", "lesson-numbers");
        controls.appendChild(numbers);
        work.appendChild(figure);
        work.appendChild(controls);
        body.appendChild(work);
        live.setAttribute("id", "lesson-live");
        live.setAttribute("aria-live", "polite");
        body.appendChild(live);
    }

    @Override
    void render() {
        double[] x = preset.lessonInputs;
        double t = preset.lessonTarget;
        losses = LessonNetwork.losses(x, t, preset.lessonWeights, preset.lessonBiases, preset.lessonRate, STEPS);
        small = LessonNetwork.losses(x, t, preset.lessonWeights, preset.lessonBiases, SMALL, STEPS);
        large = LessonNetwork.losses(x, t, preset.lessonWeights, preset.lessonBiases, LARGE, STEPS);
        Html h = new Html();
        h.open("p", "lesson-formula").text("One step with \u03b7 = ")
                .num(null, preset.lessonRate, NumberText.format(preset.lessonRate))
                .text(": \u0394w = \u2212\u03b7\u00b7\u2202L/\u2202w").close("p");
        h.open("table", "lesson-table").open("thead", null).open("tr", null);
        String[] heads = {"", "w", "\u2202L/\u2202w", "\u0394w", "new w"};
        for (String head : heads) {
            h.open("th", null).text(head).close("th");
        }
        h.close("tr").close("thead").open("tbody", null);
        for (int k = 0; k < 6; k++) {
            int layer = k < 4 ? 0 : 1;
            int i = k < 4 ? k : k - 4;
            double change = trace.weightChanges(layer)[i];
            h.open("tr", null).open("th", null).text(WEIGHT_NAMES[k]).close("th");
            double w = preset.lessonWeights[k];
            h.open("td", null).num(null, w, NumberText.format(w)).close("td");
            h.open("td", null).num("lesson-grad-" + k, gradient(k)).close("td");
            h.open("td", null).num("lesson-change-" + k, change).close("td");
            h.open("td", null).num("lesson-new-" + k, trace.after().weights(layer)[i],
                    Html.precise(trace.after().weights(layer)[i], change)).close("td").close("tr");
        }
        h.close("tbody").close("table");
        h.open("p", "lesson-formula").text("Loss ").num(null, losses[0]).text(" \u2192 after one step ")
                .num("lesson-loss-1", losses[1]).text(" \u2192 after " + STEPS + " steps ")
                .num("lesson-loss-last", losses[STEPS]).close("p");
        setHtml(numbers, h.toString());

        String[] colours = {"#8a8a8a", Palette.NEGATIVE, Palette.POSITIVE};
        chart.draw(new double[][] {small, large, losses}, colours, new double[] {1.5, 1.5, 3}, GOAL,
                "Loss over " + STEPS + " steps: with eta " + NumberText.format(SMALL) + " it ends at "
                        + Html.show(small[STEPS]) + ", with yours " + Html.show(losses[STEPS]) + ", with eta "
                        + NumberText.format(LARGE) + " " + Html.show(large[STEPS]));
        Html l = new Html();
        item(l, "lesson-swatch small", "\u03b7 = " + NumberText.format(SMALL) + " (too small): ", small[STEPS]);
        item(l, "lesson-swatch yours", "your \u03b7 = " + NumberText.format(preset.lessonRate) + ": ", losses[STEPS]);
        item(l, "lesson-swatch large", "\u03b7 = " + NumberText.format(LARGE) + " (too large): ", large[STEPS]);
        l.open("li", null).open("span", "lesson-swatch goal").close("span").text("goal: below " + GOAL).close("li");
        setHtml(legend, l.toString());
        Dom.setText(live, "With \u03b7 = " + NumberText.format(preset.lessonRate) + " the loss after " + STEPS
                + " steps is " + Html.show(losses[STEPS]) + (done() ? ": below " : ": not yet below ") + GOAL + ".");
    }

    private static void item(Html l, String swatch, String text, double last) {
        l.open("li", null).open("span", swatch).close("span").text(text + "loss after " + STEPS + " steps ")
                .num(null, last).close("li");
    }

    @Override
    public boolean done() {
        return losses != null && solved(losses);
    }

    @Override
    public void numbers(JsonText json) {
        values(json);
        double[] changes = new double[6];
        double[] after = new double[6];
        double[] gradients = new double[6];
        for (int k = 0; k < 6; k++) {
            int layer = k < 4 ? 0 : 1;
            int i = k < 4 ? k : k - 4;
            changes[k] = trace.weightChanges(layer)[i];
            after[k] = trace.after().weights(layer)[i];
            gradients[k] = gradient(k);
        }
        json.number("loss", trace.loss()).numbers("gradients", gradients).numbers("changes", changes)
                .numbers("newWeights", after).numbers("losses", losses).numbers("lossesSmall", small)
                .numbers("lossesLarge", large).whole("steps", STEPS).number("goal", GOAL);
    }
}
