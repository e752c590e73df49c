package backprop.ui.explain;

import backprop.engine.data.DataPoints;
import backprop.engine.train.Experiment;
import backprop.engine.state.ExplainPhase;
import backprop.engine.state.Preset;
import backprop.engine.train.ExampleChoice;
import backprop.engine.train.Trace;
import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import backprop.ui.base.Html;
import backprop.ui.base.Playground;
import backprop.ui.base.Target;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The step-through panel (#explain): the stepper's buttons, the four phases,
 * what happens in this phase in plain words, its numbers, and the arithmetic
 * of the clicked link or neuron. Numbers come from the {@link Trace} the
 * controller records for the example; the panel only renders it (and only
 * when something it shows changed).
 */
final class ExplainPanel {
    static final double[] PACES = {0.5, 1, 2, 4};

    private final HTMLElement section = Dom.byId("explain");
    private final HTMLElement body = Dom.byId("explain-body");
    private final HTMLElement idle = Dom.byId("explain-idle");
    private final HTMLElement example = Dom.byId("explain-example");
    private final HTMLElement text = Dom.byId("explain-text");
    private final HTMLElement numbers = Dom.byId("explain-numbers");
    private final HTMLElement detail = Dom.byId("explain-detail");
    private final HTMLElement prev = Dom.byId("explain-prev");
    private final HTMLElement next = Dom.byId("explain-next");
    private final HTMLElement play = Dom.byId("explain-play");
    private final HTMLSelectElement pace = (HTMLSelectElement) Dom.byId("explain-pace");
    private final HTMLInputElement after = (HTMLInputElement) Dom.byId("explain-after");
    private final HTMLElement afterField = Dom.byId("explain-after-field");
    private final HTMLElement message = Dom.byId("explain-message");
    private final HTMLInputElement allDigits = (HTMLInputElement) Dom.byId("explain-all-digits");
    private final LossNote note;
    private String shownKey = "";

    ExplainPanel(Playground controller, ExplainSession session) {
        for (double p : PACES) {
            HTMLElement option = Dom.create("option", null);
            option.setAttribute("value", Double.toString(p));
            option.setInnerText((p < 1 ? Format.fixed(p, 1) : Integer.toString((int) p)) + " s per step");
            pace.appendChild(option);
        }
        pace.setValue(Double.toString(1.0));
        Dom.byId("explain-random").addEventListener("click", event -> session.random());
        Dom.byId("explain-start").addEventListener("click", event -> session.random());
        prev.addEventListener("click", event -> session.previous());
        next.addEventListener("click", event -> session.next());
        play.addEventListener("click", event -> session.togglePlay());
        Dom.byId("explain-apply").addEventListener("click", event -> session.apply());
        Dom.byId("explain-exit").addEventListener("click", event -> session.exit());
        after.addEventListener("change", event -> controller.redraw());
        allDigits.addEventListener("change", event -> controller.redraw());
        note = new LossNote(session::worst);
        for (ExplainPhase phase : ExplainPhase.values()) {
            Dom.byId("explain-phase-" + phase.id()).addEventListener("click", event -> session.goTo(phase));
        }
    }

    /** Seconds between steps when auto-playing. */
    double pace() {
        return Double.parseDouble(pace.getValue());
    }

    /** Whether the output plot should show the network after the update. */
    boolean showAfter(Preset preset) {
        return preset.explaining() && preset.phase == ExplainPhase.UPDATE && after.isChecked();
    }

    void showMessage(String text) {
        message.setInnerText(text);
    }

    void draw(Experiment experiment, Preset preset, Trace trace, Target selected, boolean playing, String key) {
        boolean on = trace != null;
        Dom.setHidden(body, !on);
        Dom.setHidden(idle, on);
        Dom.setClass(section, "explaining", on);
        Dom.setData(section, "active", String.valueOf(on));
        Dom.setText(play, playing ? "❚❚ Pause" : "▶ Auto-play");
        Dom.setAttribute(play, "aria-pressed", String.valueOf(playing));
        if (!on) {
            shownKey = "";
            return;
        }
        boolean all = allDigits.isChecked();
        String fullKey = key + "|" + targetKey(selected) + "|" + all;
        if (fullKey.equals(shownKey)) {
            return;
        }
        shownKey = fullKey;
        int depth = experiment.network().depth();
        ExplainPhase phase = preset.phase;
        int reached = ExplainSteps.reached(phase, preset.explainStep, depth);
        int position = ExplainSteps.position(phase, preset.explainStep, depth);
        Dom.setData(section, "set", preset.explainTest ? "test" : "train");
        Dom.setData(section, "index", Integer.toString(preset.explainIndex));
        Dom.setData(section, "phase", phase.id());
        Dom.setData(section, "step", Integer.toString(reached));
        Dom.setData(section, "position", Integer.toString(position));
        Dom.setData(section, "loss", Double.toString(trace.loss()));
        Dom.setData(section, "all-digits", String.valueOf(all));
        for (ExplainPhase p : ExplainPhase.values()) {
            HTMLElement item = Dom.byId("explain-phase-" + p.id());
            if (p == phase) {
                item.setAttribute("aria-current", "step");
            } else {
                item.removeAttribute("aria-current");
            }
        }
        setDisabled(prev, position == 0);
        setDisabled(next, position == ExplainSteps.count(depth) - 1);
        afterField.setHidden(phase != ExplainPhase.UPDATE);

        DataPoints points = preset.explainTest ? experiment.testPoints() : experiment.trainPoints();
        int i = preset.explainIndex;
        Html h = new Html(all).text((preset.explainTest ? "Test" : "Training") + " example #" + i + " at (")
                .num("explain-x", points.x[i]).text(", ").num("explain-y", points.y[i]).text("), ")
                .text(experiment.classes() == 0 ? "target " : "label ").num("explain-label", points.label[i]);
        if (preset.explainTest) {
            h.text(" — a test example: training never uses it, but its step shows what it would teach.");
        }
        setHtml(example, h.toString());
        note.draw(trace, () -> largestLoss(experiment), all, preset.explainTest);
        text.setInnerText(ExplainText.sentences(phase, reached, depth, experiment.trainer()));
        setHtml(numbers, ExplainNumbers.numbers(experiment, trace, phase, reached, all));
        String details = details(experiment, trace, selected, all);
        setHtml(detail, details);
        detail.setHidden(details.isEmpty());
        Dom.setData(detail, "kind", selected == null ? "" : selected.kind.name().toLowerCase());
    }

    /** The largest loss over the training examples (0 when there are none). */
    private static double largestLoss(Experiment experiment) {
        Trainer t = experiment.trainer();
        double[] losses = ExampleChoice.losses(t.network(), t.loss(), t.trainingExamples());
        int worst = ExampleChoice.largestLoss(losses);
        return worst < 0 ? 0 : losses[worst];
    }

    private static String details(Experiment experiment, Trace trace, Target selected, boolean all) {
        if (selected == null) {
            return "";
        }
        switch (selected.kind) {
            case LINK:
            case BIAS:
                return ExplainDetail.link(experiment, trace, selected, all);
            case NEURON:
                return ExplainDetail.neuron(experiment, trace, selected, all);
            default:
                return ExplainDetail.input(experiment, trace, selected.index, all);
        }
    }

    private static String targetKey(Target t) {
        return t == null ? "-" : t.kind + ":" + t.layer + ":" + t.index + ":" + t.from;
    }

    private static void setDisabled(HTMLElement button, boolean disabled) {
        if (disabled) {
            button.setAttribute("disabled", "");
        } else {
            button.removeAttribute("disabled");
        }
    }

    @JSBody(params = {"element", "html"}, script = "element.innerHTML = html;")
    static native void setHtml(HTMLElement element, String html);
}
