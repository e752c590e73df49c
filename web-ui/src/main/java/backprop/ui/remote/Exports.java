package backprop.ui.remote;

import backprop.ui.base.Dom;
import backprop.ui.base.Playground;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Download the weights (JSON), load them back, save the output plot (PNG), download the loss history (CSV). */
public final class Exports {
    private final Playground controller;

    public Exports(Playground controller) {
        this.controller = controller;
        Dom.byId("export-weights").addEventListener("click", event ->
                Dom.download("weights.json", "application/json", WeightsFile.toJson(controller.experiment().network())));
        Dom.byId("export-csv").addEventListener("click", event ->
                Dom.download("loss-history.csv", "text/csv", controller.history().toCsv(controller.experiment().classes() != 0)));
        Dom.byId("export-png").addEventListener("click", event ->
                Dom.downloadPng("backprop-playground.png", (HTMLCanvasElement) Dom.byId("heatmap")));
        HTMLInputElement file = (HTMLInputElement) Dom.byId("import-weights");
        file.addEventListener("change", event -> readFile(file, WeightsFile.MAX_BYTES, this::loaded));
    }

    private void loaded(String text) {
        controller.changeRun((experiment, history) -> {
            String problem = text == null ? "The weights file could not be read (it is larger than 2 MB or unreadable)."
                    : WeightsFile.load(experiment.network(), text);
            controller.notice().showFileResult(problem);
        });
    }

    /** Reads the chosen file as text (null when it is too large or unreadable), then clears the picker. */
    @JSBody(params = {"input", "maxBytes", "done"}, script = "const f = input.files && input.files[0];"
            + " input.value = ''; if (!f) return;"
            + " if (f.size > maxBytes) { done(null); return; }"
            + " f.text().then(t => done(t), () => done(null));")
    private static native void readFile(HTMLInputElement input, int maxBytes, TextReceiver done);

    @JSFunctor
    interface TextReceiver extends JSObject {
        void receive(String text);
    }
}
