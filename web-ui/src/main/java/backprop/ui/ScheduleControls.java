package backprop.ui;

import backprop.engine.state.Limits;
import backprop.engine.state.Preset;
import backprop.engine.state.ScheduleChoice;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The learning-rate schedule's select and its number fields (shown only when the chosen schedule
 * uses them; all hidden while η is constant), and the two stop conditions. A typed value applies
 * when it is within its key's limits; otherwise the field says why and the state keeps its value.
 */
final class ScheduleControls {
    /** The fields, in the page's order: period, γ, ηmin, stop after epochs, stop below loss. */
    private static final String[] FIELDS = {"lrEvery", "lrGamma", "lrMin", "stopEpochs", "stopLoss"};
    private static final String[] LABELS = {"Constant", "Step decay", "Exponential decay", "Cosine", "Cyclic (triangular)"};

    private final Controller controller;
    private final HTMLSelectElement schedule = (HTMLSelectElement) Dom.byId("lrSchedule");
    private final HTMLInputElement[] inputs = new HTMLInputElement[FIELDS.length];

    ScheduleControls(Controller controller) {
        this.controller = controller;
        ScheduleChoice[] choices = ScheduleChoice.values();
        for (int i = 0; i < choices.length; i++) {
            HTMLElement option = Dom.create("option", null);
            option.setAttribute("value", choices[i].id());
            option.setInnerText(LABELS[i]);
            schedule.appendChild(option);
        }
        schedule.addEventListener("change", event -> controller.change(
                p -> p.lrSchedule = ScheduleChoice.fromId(schedule.getValue())));
        for (int i = 0; i < FIELDS.length; i++) {
            int field = i;
            inputs[i] = (HTMLInputElement) Dom.byId(FIELDS[i]);
            inputs[i].addEventListener("change", event -> typed(field));
        }
    }

    private void typed(int field) {
        HTMLInputElement input = inputs[field];
        String text = input.getValue().trim();
        double v = NumberText.parse(text);
        boolean whole = field == 0 || field == 3;
        double min = field == 0 ? 1 : 0;
        double max = field == 0 || field == 3 ? Limits.MAX_SCHEDULE_EPOCHS
                : field == 1 ? 1 : field == 2 ? Limits.MAX_LEARNING_RATE : Limits.MAX_STOP_LOSS;
        boolean ok = v == v && v >= min && v <= max && (!whole || v == Math.floor(v)) && !(field == 1 && v == 0);
        input.setAttribute("aria-invalid", String.valueOf(!ok));
        if (!ok) {
            input.setAttribute("title", "“" + text + "” is not " + (whole ? "a whole number" : "a number") + " in "
                    + (field == 1 ? "(0" : "[" + NumberText.format(min)) + ", " + NumberText.format(max)
                    + "]; the setting is unchanged.");
            return;
        }
        input.removeAttribute("title");
        controller.change(p -> set(p, field, v));
    }

    private static void set(Preset p, int field, double v) {
        switch (field) {
            case 0: p.lrEvery = (int) v; break;
            case 1: p.lrGamma = v; break;
            case 2: p.lrMin = v; break;
            case 3: p.stopEpochs = (int) v; break;
            default: p.stopLoss = v;
        }
    }

    /** Puts the state into the controls; the fields the schedule does not use are hidden. */
    void show(Preset p) {
        schedule.setValue(p.lrSchedule.id());
        double[] values = {p.lrEvery, p.lrGamma, p.lrMin, p.stopEpochs, p.stopLoss};
        ScheduleChoice s = p.lrSchedule;
        boolean[] used = {s != ScheduleChoice.CONSTANT, s == ScheduleChoice.STEP || s == ScheduleChoice.EXPONENTIAL,
            s == ScheduleChoice.COSINE || s == ScheduleChoice.CYCLIC, true, true};
        for (int i = 0; i < FIELDS.length; i++) {
            if (!Dom.isFocused(inputs[i])) {
                inputs[i].setValue(NumberText.format(values[i]));
            }
            Dom.byId(FIELDS[i] + "-field").setHidden(!used[i]);
        }
    }
}
