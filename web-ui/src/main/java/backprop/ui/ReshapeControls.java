package backprop.ui;

import backprop.engine.state.Preset;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The undo button and the "start over on every change" setting (TensorFlow
 * Playground's behaviour: shape, features and activation rebuild the network
 * from its seed). Both write through the controller.
 */
final class ReshapeControls {
    private final HTMLInputElement startOver = (HTMLInputElement) Dom.byId("startOver");

    ReshapeControls(Controller controller) {
        Dom.byId("undo").addEventListener("click", event -> controller.undo());
        startOver.addEventListener("change", event -> controller.change(
                p -> p.startOver = startOver.isChecked()));
    }

    void show(Preset preset) {
        startOver.setChecked(preset.startOver);
    }
}
