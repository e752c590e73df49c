package backprop.ui.lessons;

import backprop.engine.state.Limits;
import backprop.engine.state.Preset;
import backprop.engine.text.NumberText;
import backprop.engine.train.LessonNetwork;
import backprop.engine.train.Trace;
import backprop.ui.base.Dom;
import backprop.ui.base.Html;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What chapters 1–4 share: the lessons' small 2-2-1 network ({@link LessonNetwork}) with the state's
 * hand-set weights, its one example and η, recorded as one {@link Trace} each time the state
 * changes — the numbers every one of these chapters shows are read from that trace — and the fields
 * that set those values.
 */
abstract class NetworkChapter implements Chapter {
    /** Names of the weights, in the state's order (w₁₁ w₁₂ w₂₁ w₂₂ v₁ v₂). */
    static final String[] WEIGHT_NAMES = {"w\u2081\u2081", "w\u2081\u2082", "w\u2082\u2081", "w\u2082\u2082",
        "v\u2081", "v\u2082"};
    static final String[] BIAS_NAMES = {"b\u2081", "b\u2082", "c"};
    static final String[] INPUT_NAMES = {"x\u2081", "x\u2082"};

    private final int number;
    private final String title;
    private final List<ValueField> fields = new ArrayList<>();
    Lesson lesson;
    Preset preset;
    Trace trace;

    NetworkChapter(int number, String title) {
        this.number = number;
        this.title = title;
    }

    @Override
    public final int number() {
        return number;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final void open(HTMLElement body, Lesson lesson) {
        this.lesson = lesson;
        fields.clear();
        build(body);
    }

    /** Builds the chapter's body (its fields made with the factories below). */
    abstract void build(HTMLElement body);

    @Override
    public final void show(Preset p) {
        preset = p;
        trace = record(p);
        for (ValueField f : fields) {
            f.show(p);
        }
        render();
    }

    /** The one step of the state's network on its example: the trace chapters 1–4 read. */
    static Trace record(Preset p) {
        return LessonNetwork.trace(p.lessonInputs, p.lessonTarget, p.lessonWeights, p.lessonBiases, p.lessonRate);
    }

    /** Shows {@link #trace}'s numbers. */
    abstract void render();

    double output() {
        return trace.outputs(1)[0];
    }

    /** Neuron n's weighted sum z (0, 1: the hidden neurons; 2: the output). */
    double z(int n) {
        return n < 2 ? trace.preActivations(0)[n] : trace.preActivations(1)[0];
    }

    /** Neuron n's activation a = σ(z). */
    double a(int n) {
        return n < 2 ? trace.outputs(0)[n] : trace.outputs(1)[0];
    }

    /** ∂L/∂w of weight k in the state's order. */
    double gradient(int k) {
        return k < 4 ? trace.weightGradients(0)[k] : trace.weightGradients(1)[k - 4];
    }

    /** δ of neuron n (0, 1 hidden; 2 the output). */
    double delta(int n) {
        return n < 2 ? trace.deltas(0)[n] : trace.deltas(1)[0];
    }

    // ---- the fields ---------------------------------------------------------------------------

    private ValueField add(ValueField f, HTMLElement into) {
        fields.add(f);
        into.appendChild(f.element());
        return f;
    }

    void inputField(int i, HTMLElement into) {
        add(new ValueField(lesson, "lesson-x" + (i + 1), INPUT_NAMES[i], "input " + INPUT_NAMES[i],
                -Limits.LESSON_MAX_INPUT, Limits.LESSON_MAX_INPUT, 0.1, true,
                p -> p.lessonInputs[i], (p, v) -> p.lessonInputs = with(p.lessonInputs, i, v)), into);
    }

    void weightField(int k, HTMLElement into) {
        add(new ValueField(lesson, "lesson-w" + k, WEIGHT_NAMES[k], "weight " + WEIGHT_NAMES[k],
                -Limits.LESSON_MAX_WEIGHT, Limits.LESSON_MAX_WEIGHT, 0.1, false,
                p -> p.lessonWeights[k], (p, v) -> p.lessonWeights = with(p.lessonWeights, k, v)), into);
    }

    void biasField(int k, HTMLElement into) {
        add(new ValueField(lesson, "lesson-b" + k, BIAS_NAMES[k], "bias " + BIAS_NAMES[k],
                -Limits.LESSON_MAX_WEIGHT, Limits.LESSON_MAX_WEIGHT, 0.1, false,
                p -> p.lessonBiases[k], (p, v) -> p.lessonBiases = with(p.lessonBiases, k, v)), into);
    }

    void targetField(HTMLElement into) {
        add(new ValueField(lesson, "lesson-t", "target t", "target t", 0, 1, 0.05, false,
                p -> p.lessonTarget, (p, v) -> p.lessonTarget = v), into);
    }

    void rateField(HTMLElement into) {
        add(new ValueField(lesson, "lesson-rate", "learning rate \u03b7", "learning rate eta", 0.001,
                Limits.LESSON_MAX_RATE, 0.1, false, p -> p.lessonRate, (p, v) -> p.lessonRate = v), into);
    }

    /** The nine weights and biases in three rows: into h₁, into h₂, into o. */
    HTMLElement parameterGrid() {
        HTMLElement grid = Dom.create("fieldset", "lesson-grid");
        HTMLElement legend = Dom.create("legend", null);
        Dom.setText(legend, "Weights and biases");
        grid.appendChild(legend);
        for (int row = 0; row < 3; row++) {
            HTMLElement line = Dom.create("div", "lesson-row");
            HTMLElement into = Dom.create("span", "lesson-row-name");
            Dom.setText(into, row == 0 ? "into h\u2081" : row == 1 ? "into h\u2082" : "into o");
            line.appendChild(into);
            weightField(2 * row, line);
            weightField(2 * row + 1, line);
            biasField(row, line);
            grid.appendChild(line);
        }
        return grid;
    }

    /** A copy of {@code values} with {@code values[i] = v} (the state's arrays are never changed in place). */
    static double[] with(double[] values, int i, double v) {
        double[] copy = values.clone();
        copy[i] = v;
        return copy;
    }

    // ---- the numbers ---------------------------------------------------------------------------

    /** Neuron n's forward pass as the lesson writes it: z = w·a + w·a + b = …, a = σ(z) = …. */
    void forward(Html h, int n) {
        String name = n == 0 ? "h\u2081" : n == 1 ? "h\u2082" : "o";
        double[] w = preset.lessonWeights;
        int first = 2 * n;
        double[] in = n < 2 ? preset.lessonInputs : new double[] {a(0), a(1)};
        String[] inNames = n < 2 ? INPUT_NAMES : new String[] {"h\u2081", "h\u2082"};
        h.open("p", "lesson-formula").open("strong", null).text(name).close("strong");
        h.text(": z = " + WEIGHT_NAMES[first] + "\u00b7" + inNames[0] + " + " + WEIGHT_NAMES[first + 1] + "\u00b7"
                + inNames[1] + " + " + BIAS_NAMES[n] + " = ");
        set(h, w[first]).text("\u00b7");
        if (n < 2) {
            set(h, in[0]).text(" + ");
        } else {
            h.factor(null, in[0]).text(" + ");
        }
        set(h, w[first + 1]).text("\u00b7");
        if (n < 2) {
            set(h, in[1]).text(" + ");
        } else {
            h.factor(null, in[1]).text(" + ");
        }
        set(h, preset.lessonBiases[n]).text(" = ");
        h.num("lesson-z-" + n, z(n));
        h.text(";  " + (n < 2 ? "a" : "o") + " = \u03c3(z) = ").num("lesson-a-" + n, a(n));
        h.close("p");
    }

    /** A value the learner set, written exactly as it is (in brackets when negative). */
    static Html set(Html h, double value) {
        String text = NumberText.format(value);
        return value < 0 ? h.text("(").num(null, value, text).text(")") : h.num(null, value, text);
    }

    static void setHtml(HTMLElement element, String html) {
        if (!html.equals(element.getInnerHTML())) {
            element.setInnerHTML(html);
        }
    }

    /** The network's values drawn on the sketch: every neuron's activation. */
    String[] neuronValues() {
        return new String[] {NumberText.format(preset.lessonInputs[0]), NumberText.format(preset.lessonInputs[1]),
            Html.show(a(0)), Html.show(a(1)), Html.show(a(2))};
    }

    String[] weightLabels() {
        String[] labels = new String[6];
        for (int k = 0; k < 6; k++) {
            labels[k] = WEIGHT_NAMES[k] + " " + NumberText.format(preset.lessonWeights[k]);
        }
        return labels;
    }

    /** Members every chapter of the small network writes: its inputs, target, weights, biases and η. */
    void values(JsonText json) {
        json.numbers("x", preset.lessonInputs).number("target", preset.lessonTarget)
                .numbers("weights", preset.lessonWeights).numbers("biases", preset.lessonBiases)
                .number("rate", preset.lessonRate);
    }

    @Override
    public void openInPlayground(Lesson to) {
        SmallNetworkCarry.open(to.playground(), preset);
    }
}
