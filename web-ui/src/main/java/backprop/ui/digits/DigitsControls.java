package backprop.ui.digits;

import backprop.engine.state.DecodeResult;
import backprop.engine.data.DigitTask;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Notice;
import backprop.ui.base.Playground;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The digits mode's own controls — task, input size, hidden layers, batch size, and the way
 * back to the 2-D playground — writing through {@link Playground#change} like every control.
 * Learning rate, activation and optimizer are the top bar's, shared with the 2-D playground.
 */
final class DigitsControls {
    static final int[] BATCH_SIZES = {1, 5, 10, 20, 50, 100};
    private final Playground controller;
    private final HTMLElement five = Dom.byId("digits-task-five");
    private final HTMLElement digit = Dom.byId("digits-task-digit");
    private final HTMLSelectElement side = (HTMLSelectElement) Dom.byId("digitSide");
    private final HTMLInputElement layers = (HTMLInputElement) Dom.byId("digitLayers");
    private final HTMLElement layersError = Dom.byId("digitLayers-error");
    private final HTMLSelectElement batchSize = (HTMLSelectElement) Dom.byId("digits-batchSize");

    DigitsControls(Playground controller, DigitsMode mode) {
        this.controller = controller;
        five.addEventListener("click", event -> controller.change(p -> p.digits = DigitTask.IS_FIVE, Effect.VIEW));
        digit.addEventListener("click", event -> controller.change(p -> p.digits = DigitTask.WHICH_DIGIT, Effect.VIEW));
        side.addEventListener("change", event -> controller.change(
                p -> p.digitSide = Integer.parseInt(side.getValue()), Effect.VIEW));
        layers.addEventListener("change", event -> setLayers(layers.getValue()));
        for (int n : BATCH_SIZES) {
            HTMLElement option = Dom.create("option", null);
            option.setAttribute("value", Integer.toString(n));
            option.setInnerText(Integer.toString(n));
            batchSize.appendChild(option);
        }
        batchSize.addEventListener("change", event -> controller.change(
                p -> p.batchSize = Integer.parseInt(batchSize.getValue()), Effect.VIEW));
        Dom.byId("digits-leave").addEventListener("click", event -> controller.change(p -> p.digits = null, Effect.VIEW));
    }

    /** Reads "64,32" with the address's own parser (clamped to 0..3 layers of 1..128, problems named). */
    private void setLayers(String text) {
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(c == '&' || c == '#' || c == '%' || c == '=' ? ' ' : c);
        }
        DecodeResult read = PresetCodec.decode("digitLayers=" + clean);
        layersError.setInnerText(read.problems.isEmpty() ? "" : Notice.joinProblems(read.problems));
        int[] shape = read.preset.digitLayers;
        controller.change(p -> p.digitLayers = shape, Effect.VIEW);
    }

    void show(Preset p) {
        five.setAttribute("aria-pressed", String.valueOf(p.digits == DigitTask.IS_FIVE));
        digit.setAttribute("aria-pressed", String.valueOf(p.digits == DigitTask.WHICH_DIGIT));
        side.setValue(Integer.toString(p.digitSide));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < p.digitLayers.length; i++) {
            text.append(i == 0 ? "" : ",").append(p.digitLayers[i]);
        }
        layers.setValue(text.toString());
        String batch = Integer.toString(p.batchSize);
        boolean offered = false;
        for (int n : BATCH_SIZES) {
            offered |= n == p.batchSize;
        }
        if (!offered) {
            HTMLElement option = Dom.create("option", null);
            option.setAttribute("value", batch);
            option.setInnerText(batch);
            batchSize.appendChild(option);
        }
        batchSize.setValue(batch);
    }
}
