package backprop.ui;

import backprop.engine.data.Feature;
import backprop.engine.state.Preset;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * TensorFlow Playground's {@code <name>_hide=true} keys (for embedding a
 * playground in a lesson), plus {@code reset}, {@code play} and {@code network}
 * (the diagram) for the compact {@code /embed}: the control whose element id is
 * {@code <name>-field} or {@code <name>} is hidden; {@code hideText} hides the
 * explanatory text.
 */
final class HiddenControls {
    private static final String[] NAMES = {"learningRate", "activation", "regularization", "regularizationRate",
        "problem", "percTrainData", "noise", "batchSize", "features", "dataset", "optimizer", "momentum", "beta1",
        "beta2", "epsilon", "loss", "init", "speed", "showTestData", "discretize", "logLoss", "exports", "numHiddenLayers", "showChanges",
        // The embed's own controls (/embed): the buttons, and the diagram.
        "reset", "play", "network"};

    private HiddenControls() {
    }

    static void apply(Preset preset) {
        for (String name : NAMES) {
            HTMLElement element = Dom.document().getElementById(name + "-field");
            if (element == null) {
                element = Dom.document().getElementById(name);
            }
            if (element != null) {
                Dom.setClass(element, "hidden-by-url", preset.isHidden(name));
            }
        }
        for (Feature feature : Feature.values()) {
            Dom.setClass(Dom.byId("feature-" + feature.id()), "hidden-by-url", preset.isHidden(feature.id()));
        }
        Dom.setClass(Dom.document().getBody(), "hide-text", preset.hideText);
        Dom.setClass(Dom.byId("more"), "hidden-by-url", preset.isHidden("optimizer") && preset.isHidden("loss")
                && preset.isHidden("init") && preset.isHidden("speed"));
    }
}
