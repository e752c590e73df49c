package backprop.ui.lessons;

import backprop.engine.state.Preset;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One lesson value the learner sets: a labelled number field (and a slider, for the inputs),
 * written into the state as the learner types; a number outside its range is not taken and the
 * field says so ({@code aria-invalid}). It shows the state's value again unless the learner is typing in it.
 */
final class ValueField {
    /** Reads the value from the state. */
    interface Getter {
        double get(Preset p);
    }

    /** Writes the value into the state. */
    interface Setter {
        void set(Preset p, double value);
    }

    private final HTMLElement label = Dom.create("label", "lesson-field");
    private final HTMLInputElement field = (HTMLInputElement) Dom.create("input", null);
    private final HTMLInputElement slider;
    private final Getter getter;
    private final double min;
    private final double max;

    ValueField(Lesson lesson, String id, String name, String spoken, double min, double max, double step,
            boolean withSlider, Getter getter, Setter setter) {
        this.getter = getter;
        this.min = min;
        this.max = max;
        HTMLElement text = Dom.create("span", "lesson-field-name");
        Dom.setText(text, name);
        label.appendChild(text);
        field.setAttribute("type", "number");
        field.setAttribute("id", id);
        field.setAttribute("step", NumberText.format(step));
        field.setAttribute("min", NumberText.format(min));
        field.setAttribute("max", NumberText.format(max));
        field.setAttribute("aria-label", spoken);
        field.setAttribute("inputmode", "decimal");
        label.appendChild(field);
        if (withSlider) {
            slider = (HTMLInputElement) Dom.create("input", "lesson-slider");
            slider.setAttribute("type", "range");
            slider.setAttribute("id", id + "-slider");
            slider.setAttribute("min", NumberText.format(min));
            slider.setAttribute("max", NumberText.format(max));
            slider.setAttribute("step", NumberText.format(step));
            slider.setAttribute("aria-label", spoken + " (slider)");
            label.appendChild(slider);
            slider.addEventListener("input", event -> take(lesson, slider.getValue(), setter));
        } else {
            slider = null;
        }
        field.addEventListener("input", event -> take(lesson, field.getValue(), setter));
    }

    private void take(Lesson lesson, String text, Setter setter) {
        double v = NumberText.parse(text.trim());
        boolean ok = v == v && v >= min && v <= max;
        Dom.setAttribute(field, "aria-invalid", ok ? "false" : "true");
        if (ok && v != getter.get(lesson.preset())) {
            lesson.edit(p -> setter.set(p, v));
        }
    }

    HTMLElement element() {
        return label;
    }

    /** Shows the state's value, leaving a field the learner is typing in alone. */
    void show(Preset p) {
        String value = NumberText.format(getter.get(p));
        if (!Dom.isFocused(field)) {
            field.setValue(value);
            Dom.setAttribute(field, "aria-invalid", "false");
        }
        if (slider != null && !Dom.isFocused(slider)) {
            slider.setValue(value);
        }
    }
}
