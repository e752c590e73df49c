package backprop.ui;

import backprop.engine.nn.Activation;
import backprop.engine.data.Feature;
import backprop.engine.nn.Init;
import backprop.engine.state.LossChoice;
import backprop.engine.nn.OptimizerType;
import backprop.engine.text.NumberText;
import backprop.engine.state.Preset;
import backprop.engine.data.Problem;
import backprop.engine.nn.Regularization;
import backprop.ui.base.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Binds the page's controls (found by id) to the playground state: each
 * control writes through {@link Controller#change} and {@link #show} puts the
 * state back into every control.
 */
final class Controls {
    /** TensorFlow Playground's eleven learning rates. */
    static final double[] LEARNING_RATES = {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    static final double[] REGULARIZATION_RATES = {0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    static final Activation[] HIDDEN_ACTIVATIONS = {
        Activation.RELU, Activation.TANH, Activation.SIGMOID, Activation.LINEAR, Activation.LEAKY_RELU, Activation.ELU};
    static final String[] ACTIVATION_LABELS = {"ReLU", "Tanh", "Sigmoid", "Linear", "Leaky ReLU", "ELU"};
    /** Epochs per frame offered; 0 = as many as fit the frame's budget. */
    static final int[] SPEEDS = {1, 2, 5, 10, 25, 100, 0};

    private final Controller controller;
    private final HTMLSelectElement learningRate = (HTMLSelectElement) Dom.byId("learningRate");
    private final HTMLSelectElement activation = (HTMLSelectElement) Dom.byId("activation");
    private final HTMLSelectElement regularization = (HTMLSelectElement) Dom.byId("regularization");
    private final HTMLSelectElement regularizationRate = (HTMLSelectElement) Dom.byId("regularizationRate");
    private final HTMLSelectElement problem = (HTMLSelectElement) Dom.byId("problem");
    private final HTMLSelectElement optimizer = (HTMLSelectElement) Dom.byId("optimizer");
    private final HTMLSelectElement loss = (HTMLSelectElement) Dom.byId("loss");
    private final HTMLSelectElement init = (HTMLSelectElement) Dom.byId("init");
    private final HTMLSelectElement speed = (HTMLSelectElement) Dom.byId("speed");
    private final HTMLInputElement logLoss = (HTMLInputElement) Dom.byId("logLoss");
    private final HTMLInputElement showChanges = (HTMLInputElement) Dom.byId("showChanges");
    private final NumberField momentum;
    private final NumberField beta1;
    private final NumberField beta2;
    private final NumberField epsilon;
    private final HTMLInputElement percTrainData = (HTMLInputElement) Dom.byId("percTrainData");
    private final HTMLInputElement noise = (HTMLInputElement) Dom.byId("noise");
    private final HTMLInputElement batchSize = (HTMLInputElement) Dom.byId("batchSize");
    private final HTMLInputElement showTestData = (HTMLInputElement) Dom.byId("showTestData");
    private final HTMLInputElement discretize = (HTMLInputElement) Dom.byId("discretize");
    private final HTMLElement play = Dom.byId("play");
    private final DatasetPicker datasets;
    private final FormulaField formula;
    private final TypedFeatures typed;
    private final LayerEditor layers;
    private final ReshapeControls reshape;
    private final ScheduleControls schedule;
    private final HTMLElement features = Dom.byId("features");
    private final HTMLElement[] featureButtons = new HTMLElement[Feature.values().length];

    Controls(Controller controller) {
        this.controller = controller;
        this.datasets = new DatasetPicker(Dom.byId("datasets"), controller);
        this.formula = new FormulaField(controller);
        this.typed = new TypedFeatures(controller);
        this.layers = new LayerEditor(controller);
        this.reshape = new ReshapeControls(controller);
        this.schedule = new ScheduleControls(controller);
        this.momentum = new NumberField("momentum", 0, 1, controller, (p, v) -> p.momentum = v);
        this.beta1 = new NumberField("beta1", 0, 1, controller, (p, v) -> p.beta1 = v);
        this.beta2 = new NumberField("beta2", 0, 1, controller, (p, v) -> p.beta2 = v);
        this.epsilon = new NumberField("epsilon", 0, 1, controller, (p, v) -> p.epsilon = v);
        fillOptions();
        bindTransport();
        bindSettings();
        bindFeatures();
        bindKeyboard();
        MoreSettings.bind();
    }

    private void fillOptions() {
        for (double rate : LEARNING_RATES) {
            addOption(learningRate, NumberText.format(rate), NumberText.format(rate));
        }
        for (int i = 0; i < HIDDEN_ACTIVATIONS.length; i++) {
            addOption(activation, HIDDEN_ACTIVATIONS[i].id(), ACTIVATION_LABELS[i]);
        }
        addOption(regularization, Regularization.NONE.id(), "None");
        addOption(regularization, Regularization.L1.id(), "L1");
        addOption(regularization, Regularization.L2.id(), "L2");
        for (double rate : REGULARIZATION_RATES) {
            addOption(regularizationRate, NumberText.format(rate), NumberText.format(rate));
        }
        addOption(problem, Problem.CLASSIFICATION.id(), "Classification");
        addOption(problem, Problem.REGRESSION.id(), "Regression");
        addOption(optimizer, OptimizerType.SGD.id(), "SGD");
        addOption(optimizer, OptimizerType.MOMENTUM.id(), "Momentum");
        addOption(optimizer, OptimizerType.ADAM.id(), "Adam");
        addOption(loss, LossChoice.SQUARE.id(), "Square ½(o−t)²");
        addOption(loss, LossChoice.CROSS_ENTROPY.id(), "Cross-entropy");
        addOption(init, Init.DEFAULT.id(), "Uniform ±0.5 (TF Playground)");
        addOption(init, Init.ZERO.id(), "All zero");
        addOption(init, Init.XAVIER.id(), "Xavier / Glorot");
        addOption(init, Init.HE.id(), "He");
        for (int epochs : SPEEDS) {
            addOption(speed, Integer.toString(epochs), epochs == 0 ? "As fast as it goes" : Integer.toString(epochs));
        }
    }

    private static void addOption(HTMLSelectElement select, String value, String label) {
        HTMLElement option = Dom.create("option", null);
        option.setAttribute("value", value);
        option.setInnerText(label);
        select.appendChild(option);
    }

    private void bindTransport() {
        // One listener class for the five buttons (see bindSettings for why).
        for (String id : new String[] {"play", "step", "reset", "new-seed", "regenerate"}) {
            Dom.byId(id).addEventListener("click", event -> press(id));
        }
        scrollToTopOnLeavingDigits();
    }

    private void press(String button) {
        switch (button) {
            case "play": controller.togglePlay(); break;
            case "step": controller.step(); break;
            case "reset": controller.reset(); break;
            default: controller.newSeed(); // new-seed, regenerate
        }
    }

    /**
     * Each setting's control writes its value through {@link #apply}, one switch on the control's id
     * (which is the setting's URL key) rather than two lambdas per control: under TeaVM every lambda
     * is a class of its own, and the thirty-odd here cost the default page's Wasm about 1 KB of Brotli.
     */
    private void bindSettings() {
        HTMLElement[] settings = {learningRate, activation, regularization, regularizationRate, problem, percTrainData,
            noise, batchSize, optimizer, loss, init, speed, logLoss, showChanges, showTestData, discretize};
        for (HTMLElement control : settings) {
            control.addEventListener("change", event -> controller.change(p -> apply(control.getId(), p)));
        }
        // While a slider is dragged, show its value; the change applies when it is let go.
        for (HTMLInputElement slider : new HTMLInputElement[] {percTrainData, noise, batchSize}) {
            slider.addEventListener("input", event -> Dom.byId(slider.getId() + "-value")
                    .setInnerText(slider.getValue() + ("percTrainData".equals(slider.getId()) ? "%" : "")));
        }
    }

    /**
     * The whole number a slider or list of the page's own holds. NumberText rather than
     * Integer.parseInt, whose code and messages would add ~0.7 KB of Brotli to the default build.
     */
    private static int whole(String value) {
        return (int) NumberText.parse(value);
    }

    /** Writes the value of the setting control {@code id} into {@code p}. */
    private void apply(String id, Preset p) {
        switch (id) {
            case "learningRate": p.learningRate = NumberText.parse(learningRate.getValue()); break;
            case "activation":
                p.activation = Activation.fromId(activation.getValue());
                p.layerActivations = new Activation[0]; // the global control sets all layers
                break;
            case "regularization": p.regularization = Regularization.fromId(regularization.getValue()); break;
            case "regularizationRate": p.regularizationRate = NumberText.parse(regularizationRate.getValue()); break;
            case "problem": p.problem = Problem.fromId(problem.getValue()); break;
            case "percTrainData": p.percTrainData = whole(percTrainData.getValue()); break;
            case "noise": p.noise = whole(noise.getValue()); break;
            case "batchSize": p.batchSize = whole(batchSize.getValue()); break;
            case "optimizer": p.optimizer = OptimizerType.fromId(optimizer.getValue()); break;
            case "loss": p.loss = LossChoice.fromId(loss.getValue()); break;
            case "init": p.init = Init.fromId(init.getValue()); break;
            case "speed": p.speed = whole(speed.getValue()); break;
            case "logLoss": p.logLoss = logLoss.isChecked(); break;
            case "showChanges": p.showChanges = showChanges.isChecked(); break;
            case "showTestData": p.showTestData = showTestData.isChecked(); break;
            case "discretize": p.discretize = discretize.isChecked(); break;
            default: throw new IllegalArgumentException("no setting " + id);
        }
    }

    private void bindFeatures() {
        for (Feature feature : Feature.values()) {
            HTMLElement button = Dom.create("button", "feature");
            button.setAttribute("type", "button");
            button.setAttribute("id", "feature-" + feature.id());
            button.setAttribute("aria-label", "Input feature " + feature.label());
            button.setInnerText(feature.label());
            button.addEventListener("click", event -> toggleFeature(feature));
            features.appendChild(button);
            featureButtons[feature.ordinal()] = button;
        }
    }

    /** Removes typed feature {@code t} (the diagram's click on it), as its × does. */
    void removeTyped(int t) {
        typed.remove(t);
    }

    void toggleFeature(Feature feature) {
        Preset p = controller.preset();
        if (p.feature(feature) && p.enabledFeatureCount() == 1) {
            return; // the network needs at least one input
        }
        controller.change(q -> q.setFeature(feature, !q.feature(feature)));
    }

    private void bindKeyboard() {
        Dom.document().addEventListener("keydown", event -> {
            org.teavm.jso.dom.events.KeyboardEvent key = (org.teavm.jso.dom.events.KeyboardEvent) event;
            if (undoKey(key)) {
                key.preventDefault();
                controller.undo();
                return;
            }
            if (key.isCtrlKey() || key.isMetaKey() || typing(key)) {
                return;
            }
            String name = key.getKey();
            if (" ".equals(name)) {
                key.preventDefault();
                controller.togglePlay();
            } else if ("ArrowRight".equals(name)) {
                if (controller.preset().explaining()) {
                    controller.explaining().next();
                } else {
                    controller.step();
                }
            } else if ("ArrowLeft".equals(name) && controller.preset().explaining()) {
                controller.explaining().previous();
            } else if ("Escape".equals(name) && controller.preset().explaining()) {
                controller.explaining().exit();
            } else if ("r".equals(name)) {
                controller.reset();
            }
        });
    }

    /** Ctrl+Z (Cmd+Z on a Mac) outside text fields, which keep their own undo. */
    private static boolean undoKey(org.teavm.jso.dom.events.KeyboardEvent key) {
        // "z" or "Z" rather than equalsIgnoreCase, which brings TeaVM's case tables (~0.3 KB of Brotli)
        if (!(key.isCtrlKey() || key.isMetaKey()) || key.isShiftKey() || key.isAltKey()
                || !("z".equals(key.getKey()) || "Z".equals(key.getKey()))) {
            return false;
        }
        String tag = ((HTMLElement) key.getTarget()).getTagName();
        return !"INPUT".equals(tag) && !"TEXTAREA".equals(tag);
    }

    /**
     * Keys typed into a field or pressed on a button belong to that control, not to the shortcuts;
     * so do the arrow keys inside a radio group (they move between its choices).
     */
    private static boolean typing(org.teavm.jso.dom.events.KeyboardEvent key) {
        HTMLElement target = (HTMLElement) key.getTarget();
        String tag = target.getTagName();
        return "INPUT".equals(tag) || "SELECT".equals(tag) || "TEXTAREA".equals(tag)
                || ("BUTTON".equals(tag) && " ".equals(key.getKey()))
                || (key.getKey().startsWith("Arrow") && inRadioGroup(target));
    }

    @JSBody(params = "element", script = "return !!(element.closest && element.closest('[role=radiogroup]'));")
    private static native boolean inRadioGroup(HTMLElement element);

    /** Back from digits mode, the playground starts at its top, not where the digits page was scrolled to. */
    @JSBody(script = "document.getElementById('digits-leave').addEventListener('click', () => window.scrollTo(0, 0));")
    private static native void scrollToTopOnLeavingDigits();

    void showPlaying(boolean playing) {
        play.setInnerText(playing ? "❚❚" : "▶");
        play.setAttribute("aria-pressed", String.valueOf(playing));
        play.setAttribute("aria-label", playing ? "Pause" : "Play");
    }

    /** Puts the state into every control. */
    void show(Preset p) {
        selectValue(learningRate, p.learningRate);
        activation.setValue(p.activation.id());
        regularization.setValue(p.regularization.id());
        selectValue(regularizationRate, p.regularizationRate);
        problem.setValue(p.problem.id());
        setSlider(percTrainData, p.percTrainData, "percTrainData-value", p.percTrainData + "%");
        setSlider(noise, p.noise, "noise-value", Integer.toString(p.noise));
        setSlider(batchSize, p.batchSize, "batchSize-value", Integer.toString(p.batchSize));
        optimizer.setValue(p.optimizer.id());
        loss.setValue(p.loss.id());
        init.setValue(p.init.id());
        speed.setValue(Integer.toString(p.speed));
        if (!Integer.toString(p.speed).equals(speed.getValue())) {
            addOption(speed, Integer.toString(p.speed), Integer.toString(p.speed));
            speed.setValue(Integer.toString(p.speed));
        }
        logLoss.setChecked(p.logLoss);
        showChanges.setChecked(p.showChanges);
        momentum.show(p.momentum, p.optimizer == OptimizerType.MOMENTUM);
        beta1.show(p.beta1, p.optimizer == OptimizerType.ADAM);
        beta2.show(p.beta2, p.optimizer == OptimizerType.ADAM);
        epsilon.show(p.epsilon, p.optimizer == OptimizerType.ADAM);
        showTestData.setChecked(p.showTestData);
        discretize.setChecked(p.discretize);
        for (Feature feature : Feature.values()) {
            featureButtons[feature.ordinal()].setAttribute("aria-pressed", String.valueOf(p.feature(feature)));
        }
        datasets.show(p);
        formula.show(p);
        typed.show(p);
        layers.show(p);
        reshape.show(p);
        schedule.show(p);
        HiddenControls.apply(p);
    }

    /** Selects {@code value}, adding it as an option first when the list lacks it (e.g. from a URL). */
    private static void selectValue(HTMLSelectElement select, double value) {
        String id = NumberText.format(value);
        select.setValue(id);
        if (!id.equals(select.getValue())) {
            addOption(select, id, NumberText.format(value));
            select.setValue(id);
        }
    }

    private static void setSlider(HTMLInputElement slider, int value, String outputId, String text) {
        slider.setValue(Integer.toString(value));
        Dom.byId(outputId).setInnerText(text);
    }
}
