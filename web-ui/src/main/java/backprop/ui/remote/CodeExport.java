package backprop.ui.remote;

import backprop.engine.export.ExportLanguage;
import backprop.engine.export.ExportedNetwork;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.Experiment;
import backprop.ui.base.Dom;
import backprop.ui.base.Playground;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * "Export as code": the network as it is right now, written out by the engine's
 * {@link ExportLanguage} (NumPy, PyTorch, Keras, Java or JavaScript, picked in
 * {@code #export-code-lang}) and offered as a file to download. Full build only: the code
 * generators stay out of the default build, whose button carries the run into the full build and
 * asks it to export there.
 */
public final class CodeExport {
    private final Playground controller;
    private final HTMLElement button;

    public CodeExport(Playground controller) {
        this.controller = controller;
        this.button = Dom.byId("export-code");
        button.addEventListener("click", event -> export(selectedLanguage()));
    }

    /** The id of the language picked in the page. */
    public static String selectedLanguage() {
        return ((HTMLSelectElement) Dom.byId("export-code-lang")).getValue();
    }

    /**
     * Downloads the current network in the language with this id (ignored when there is none); a
     * network that cannot be written (it diverged) gives a message instead. The button's
     * {@code data-exported} names the last file offered.
     */
    public void export(String languageId) {
        ExportLanguage language = ExportLanguage.fromId(languageId);
        if (language == null) {
            return;
        }
        Experiment experiment = controller.experiment();
        String note = "Page state: #" + PresetCodec.encode(controller.preset());
        try {
            String code = language.write(new ExportedNetwork(experiment.network(), experiment.features(), note));
            Dom.download(language.fileName(), language.mediaType(), code);
            button.setAttribute("data-exported", language.fileName());
            controller.notice().showFileResult(null);
        } catch (IllegalArgumentException e) {
            controller.notice().showFileResult("The network could not be exported as code: " + e.getMessage() + ".");
        }
    }
}
