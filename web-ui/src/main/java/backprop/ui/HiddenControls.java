package backprop.ui;

import backprop.engine.Preset;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * TensorFlow Playground's {@code <name>_hide=true} keys (for embedding a
 * playground in a lesson): the control whose element id is {@code <name>-field}
 * or {@code <name>} is hidden; {@code hideText} hides the explanatory text.
 */
final class HiddenControls {
    private static final String[] NAMES = {"learningRate", "activation", "regularization", "regularizationRate",
        "problem", "percTrainData", "noise", "batchSize", "features"};

    private HiddenControls() {
    }

    static void apply(Preset preset) {
        for (String name : NAMES) {
            HTMLElement element = Dom.document().getElementById(name + "-field");
            if (element != null) {
                setClass(element, "hidden-by-url", preset.isHidden(name));
            }
        }
        setClass(Dom.document().getBody(), "hide-text", preset.hideText);
    }

    private static void setClass(HTMLElement element, String name, boolean on) {
        if (on) {
            element.getClassList().add(name);
        } else {
            element.getClassList().remove(name);
        }
    }
}
