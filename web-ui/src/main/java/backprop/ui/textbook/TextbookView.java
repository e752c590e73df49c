package backprop.ui.textbook;

import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.TextbookExample;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Playground;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The textbook example's view, shown instead of the playground's columns while the state says
 * {@code textbook=true}: its fields, and its numbers computed by the engine
 * ({@link TextbookExample}) each time the example changes.
 */
public final class TextbookView implements TextbookPart {
    private final Playground controller;
    private final HTMLElement section = Dom.byId("textbook");
    private final HTMLInputElement allDigits = (HTMLInputElement) Dom.byId("tb-all-digits");
    private final HTMLElement forward = Dom.byId("tb-forward-body");
    private final HTMLElement error = Dom.byId("tb-error-body");
    private final HTMLElement gradients = Dom.byId("tb-gradients-body");
    private final HTMLElement updates = Dom.byId("tb-updates-body");
    private final TextbookFields fields;
    /** What the numbers were last drawn for (the state's text and the digits), to draw only on a change. */
    private String drawn = "";
    private boolean shown;

    public TextbookView(Playground controller) {
        this.controller = controller;
        this.fields = new TextbookFields(controller);
        allDigits.addEventListener("change", event -> controller.redraw());
        Dom.byId("tb-leave").addEventListener("click", event -> controller.change(p -> p.textbook = false,
                Effect.VIEW));
    }

    @Override
    public void draw(Preset preset) {
        boolean on = preset.textbook;
        if (on != shown) {
            shown = on;
            section.setHidden(!on);
            Dom.setClass(Dom.document().getBody(), "textbook-mode", on);
            if (on) {
                controller.pause();
            }
        }
        if (!on) {
            return;
        }
        fields.show(preset);
        String now = PresetCodec.encode(preset) + allDigits.isChecked();
        if (now.equals(drawn)) {
            return;
        }
        drawn = now;
        TextbookExample ex = TextbookExample.of(preset);
        TextbookNumbers numbers = new TextbookNumbers(allDigits.isChecked());
        forward.setInnerHTML(numbers.forward(ex));
        error.setInnerHTML(numbers.error(ex));
        gradients.setInnerHTML(numbers.gradients(ex));
        updates.setInnerHTML(numbers.updates(ex, preset.tbRate));
    }

    @Override
    public String numbersJson() {
        Preset p = controller.preset();
        return TextbookJson.of(TextbookExample.of(p), p.tbRate);
    }
}
