package backprop.ui.explain;

import backprop.engine.train.ExampleChoice;
import backprop.engine.train.Trace;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The note under the explained example when the network already gets it right: its loss is
 * below {@link ExampleChoice#TINY_LOSS}, so every δ, ∂L/∂w and Δw of its step is tiny too. It
 * says so in plain words and offers the example with the largest loss ("Explain one it gets
 * wrong") — unless even that one is learned, which it then says instead.
 */
final class LossNote {
    private final HTMLElement note = Dom.byId("explain-note");
    private final HTMLElement text = Dom.byId("explain-note-text");
    private final HTMLElement worst = Dom.byId("explain-worst");

    LossNote(Runnable explainWorst) {
        worst.addEventListener("click", event -> explainWorst.run());
    }

    /**
     * Shows or hides the note for the example's trace; {@code largestLoss} is the largest loss
     * over the training examples (asked for only when the example's own loss is tiny).
     */
    void draw(Trace trace, java.util.function.DoubleSupplier largestLoss, boolean allDigits, boolean testExample) {
        double loss = trace.loss();
        boolean tiny = loss < ExampleChoice.TINY_LOSS;
        note.setHidden(!tiny);
        Dom.setData(note, "tiny", String.valueOf(tiny));
        if (!tiny) {
            return;
        }
        double largest = largestLoss.getAsDouble();
        boolean offer = largest >= ExampleChoice.TINY_LOSS;
        String shown = allDigits ? Format.all(loss) : Format.number(loss);
        String says = "The network already gets this " + (testExample ? "example" : "point") + " right: its loss is "
                + shown + ", so every change it asks for is tiny.";
        if (!offer) {
            says += " It gets every training example right: the largest loss is "
                    + (allDigits ? Format.all(largest) : Format.number(largest)) + ".";
        }
        text.setInnerText(says);
        worst.setHidden(!offer);
    }
}
