package backprop.ui.compare;

import backprop.engine.nn.Activation;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.state.Preset;
import backprop.engine.state.ScheduleChoice;
import backprop.engine.state.SideB;
import backprop.engine.text.NumberText;
import backprop.ui.base.Dom;
import backprop.ui.base.Playground;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Side B's few controls (learning rate, batch size, optimizer, activation, regularization and its
 * rate, layers, dropout of every hidden layer, the learning-rate schedule). Each change is read as
 * the address reads {@code compareB} ({@link SideB#read}), so a value out of bounds gets the same
 * message; only the settings that then differ from side A's are kept, and a control whose value
 * differs is marked.
 */
final class SideBControls {
    /** TensorFlow Playground's learning rates and regularization rates, as the playground's own controls. */
    private static final double[] LEARNING_RATES = {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    private static final double[] REGULARIZATION_RATES = {0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    private static final Activation[] ACTIVATIONS = {
        Activation.RELU, Activation.TANH, Activation.SIGMOID, Activation.LINEAR, Activation.LEAKY_RELU, Activation.ELU};
    private static final String[] ACTIVATION_LABELS = {"ReLU", "Tanh", "Sigmoid", "Linear", "Leaky ReLU", "ELU"};
    /** Dropout offered for every hidden layer at once (the layer editor sets one layer at a time). */
    private static final double[] DROPOUT_RATES = {0, 0.1, 0.2, 0.3, 0.5};
    private static final ScheduleChoice[] SCHEDULES = ScheduleChoice.values();
    private static final String[] SCHEDULE_LABELS = {"Constant", "Step", "Exponential", "Cosine", "Cyclic"};

    private final Playground page;
    private final HTMLElement learningRate = Dom.byId("compare-learningRate");
    private final HTMLElement batchSize = Dom.byId("compare-batchSize");
    private final HTMLElement optimizer = Dom.byId("compare-optimizer");
    private final HTMLElement activation = Dom.byId("compare-activation");
    private final HTMLElement regularization = Dom.byId("compare-regularization");
    private final HTMLElement regularizationRate = Dom.byId("compare-regularizationRate");
    private final HTMLElement layers = Dom.byId("compare-layers");
    private final HTMLElement dropout = Dom.byId("compare-dropout");
    private final HTMLElement schedule = Dom.byId("compare-lrSchedule");
    private final HTMLElement error = Dom.byId("compare-error");

    SideBControls(Playground page) {
        this.page = page;
        for (double rate : LEARNING_RATES) {
            addOption(learningRate, NumberText.format(rate), NumberText.format(rate));
        }
        for (double rate : REGULARIZATION_RATES) {
            addOption(regularizationRate, NumberText.format(rate), NumberText.format(rate));
        }
        for (int i = 0; i < ACTIVATIONS.length; i++) {
            addOption(activation, ACTIVATIONS[i].id(), ACTIVATION_LABELS[i]);
        }
        addOption(optimizer, OptimizerType.SGD.id(), "SGD");
        addOption(optimizer, OptimizerType.MOMENTUM.id(), "Momentum");
        addOption(optimizer, OptimizerType.ADAM.id(), "Adam");
        addOption(regularization, Regularization.NONE.id(), "None");
        addOption(regularization, Regularization.L1.id(), "L1");
        addOption(regularization, Regularization.L2.id(), "L2");
        listen(learningRate, "learningRate");
        listen(batchSize, "batchSize");
        listen(optimizer, "optimizer");
        listen(activation, "activation");
        listen(regularization, "regularization");
        listen(regularizationRate, "regularizationRate");
        listen(layers, "networkShape");
        for (double rate : DROPOUT_RATES) {
            addOption(dropout, NumberText.format(rate), rate == 0 ? "None" : NumberText.format(rate));
        }
        for (int i = 0; i < SCHEDULES.length; i++) {
            addOption(schedule, SCHEDULES[i].id(), SCHEDULE_LABELS[i]);
        }
        listen(schedule, "lrSchedule");
        dropout.addEventListener("change", event -> apply("dropout", everyLayer(value(dropout),
                SideB.of(page.preset()).networkShape.length)));
    }

    /** One rate for each of {@code layers} hidden layers, as the {@code dropout} key writes them ("0.3,0.3"). */
    private static String everyLayer(String rate, int layers) {
        StringBuilder s = new StringBuilder();
        for (int h = 0; h < Math.max(1, layers); h++) {
            s.append(h == 0 ? "" : ",").append(rate);
        }
        return s.toString();
    }

    /** The dropout of {@code p}'s hidden layers: the one rate when every layer has it, else the list. */
    static String dropoutText(Preset p) {
        StringBuilder list = new StringBuilder();
        boolean same = true;
        for (int h = 0; h < p.networkShape.length; h++) {
            same &= p.dropoutRate(h) == p.dropoutRate(0);
            list.append(h == 0 ? "" : ",").append(NumberText.format(p.dropoutRate(h)));
        }
        return p.networkShape.length == 0 ? "0" : same ? NumberText.format(p.dropoutRate(0)) : list.toString();
    }

    private void listen(HTMLElement control, String setting) {
        control.addEventListener("change", event -> apply(setting, value(control)));
    }

    /** Side B takes {@code text} for {@code setting}; what cannot be used is said under the controls. */
    private void apply(String setting, String text) {
        Preset p = page.preset();
        List<String> problems = new ArrayList<>();
        Preset asked = p.copy();
        asked.compareB = SideB.read(p.compareB + ";" + setting + ":" + text.trim(), problems);
        String next = SideB.between(p, SideB.of(asked));
        Dom.setText(error, problems.isEmpty() ? "" : problems.get(0).replace("compareB.", "Side B's "));
        if (next.equals(p.compareB)) {
            show(p);
        } else {
            page.change(q -> q.compareB = next);
        }
    }

    /** Puts side B's settings into the controls and marks those that differ from side A's. */
    void show(Preset a) {
        Preset b = SideB.of(a);
        set(learningRate, NumberText.format(b.learningRate), a.learningRate != b.learningRate);
        set(batchSize, Integer.toString(b.batchSize), a.batchSize != b.batchSize);
        set(optimizer, b.optimizer.id(), a.optimizer != b.optimizer);
        set(activation, b.activation.id(), a.activation != b.activation);
        set(regularization, b.regularization.id(), a.regularization != b.regularization);
        set(regularizationRate, NumberText.format(b.regularizationRate), a.regularizationRate != b.regularizationRate);
        String shape = shape(b.networkShape);
        set(layers, shape, !shape.equals(shape(a.networkShape)));
        String rates = dropoutText(b);
        set(dropout, rates, !rates.equals(dropoutText(a)));
        if (b.networkShape.length == 0) {
            dropout.setAttribute("disabled", "");
        } else {
            dropout.removeAttribute("disabled");
        }
        set(schedule, b.lrSchedule.id(), a.lrSchedule != b.lrSchedule);
    }

    private static void set(HTMLElement control, String value, boolean differs) {
        if (!Dom.isFocused(control) || !"INPUT".equals(control.getTagName())) {
            setValue(control, value);
        }
        Dom.setClass(control, "differs", differs);
    }

    private static String shape(int[] neurons) {
        StringBuilder s = new StringBuilder();
        for (int n : neurons) {
            s.append(s.length() == 0 ? "" : ",").append(n);
        }
        return s.toString();
    }

    private static void addOption(HTMLElement select, String value, String label) {
        HTMLElement option = Dom.create("option", null);
        option.setAttribute("value", value);
        option.setInnerText(label);
        select.appendChild(option);
    }

    @JSBody(params = "control", script = "return control.value;")
    private static native String value(HTMLElement control);

    /** Sets a field's value; a select without that option (a rate typed into the address) gets one. */
    @JSBody(params = {"control", "text"}, script = "if (control.tagName === 'SELECT'"
            + " && !Array.prototype.some.call(control.options, function (o) { return o.value === text; })) {"
            + " var o = document.createElement('option'); o.value = text; o.textContent = text; control.appendChild(o); }"
            + " control.value = text;")
    private static native void setValue(HTMLElement control, String text);
}
