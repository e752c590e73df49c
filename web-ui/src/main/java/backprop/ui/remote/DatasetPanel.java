package backprop.ui.remote;

import backprop.engine.data.DataPoints;
import backprop.engine.state.Preset;
import backprop.engine.data.Problem;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Playground;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The uploaded datasets in the Data column: the list every user sees
 * ({@code GET /api/datasets}), a file picker and a drop zone for a CSV
 * ({@code POST /api/datasets}), the server's verdict and a preview of the stored points.
 * Choosing a dataset puts its id in the state ({@code datasetId}) and its problem type;
 * an upload that the server stores is chosen at once. Names are shown as text.
 */
public final class DatasetPanel {
    private static final int PREVIEW = 120;

    private final Playground controller;
    private final DatasetStore datasets;
    private final HTMLElement list = Dom.byId("uploaded-datasets");
    private final HTMLElement verdict = Dom.byId("upload-verdict");
    private final HTMLCanvasElement preview = (HTMLCanvasElement) Dom.byId("upload-preview");
    private final HTMLElement loading = Dom.byId("dataset-loading");
    private final List<HTMLElement> buttons = new ArrayList<>();
    private String shownId = null;

    public DatasetPanel(Playground controller, DatasetStore datasets) {
        this.controller = controller;
        this.datasets = datasets;
        preview.setWidth(PREVIEW);
        preview.setHeight(PREVIEW);
        HTMLInputElement file = (HTMLInputElement) Dom.byId("upload-csv");
        onFile(file, this::upload);
        onDrop(Dom.byId("data-column"), this::upload);
        refreshList();
    }

    /** Marks the dataset in play; called when the state may have changed. */
    public void show(Preset preset, boolean loadingData) {
        Dom.setHidden(loading, !loadingData);
        if (preset.datasetId.equals(shownId)) {
            return;
        }
        shownId = preset.datasetId;
        markChosen();
    }

    private void markChosen() {
        for (HTMLElement button : buttons) {
            button.setAttribute("aria-checked", String.valueOf(button.getAttribute("data-dataset-id").equals(shownId)));
        }
    }

    void refreshList() {
        Api.get("/api/datasets", this::listed);
    }

    private void listed(int status, String body) {
        if (!Api.ok(status)) {
            list.setInnerText("");
            Dom.setData(list, "error", Api.detail(status, body));
            return;
        }
        list.setInnerText("");
        buttons.clear();
        JSObject json = Json.parse(body);
        int n = Json.length(json, "uploaded");
        for (int i = 0; i < n; i++) {
            HTMLElement button = button(Json.at(json, "uploaded", i));
            list.appendChild(button);
            buttons.add(button);
        }
        Dom.setData(list, "count", Integer.toString(n));
        markChosen();
    }

    private HTMLElement button(JSObject dataset) {
        String id = Json.string(dataset, "id");
        boolean regression = "regression".equals(Json.string(dataset, "problem"));
        HTMLElement button = Dom.create("button", "uploaded-dataset");
        button.setAttribute("type", "button");
        button.setAttribute("role", "radio");
        button.setAttribute("data-dataset-id", id);
        button.setInnerText(Json.string(dataset, "name"));
        button.setAttribute("title", describe(dataset));
        button.addEventListener("click", event -> choose(id, regression));
        return button;
    }

    private void choose(String id, boolean regression) {
        controller.change(p -> {
            p.datasetId = id;
            p.problem = regression ? Problem.REGRESSION : Problem.CLASSIFICATION;
        }, Effect.NEW_DATA);
    }

    private void upload(JSObject file) {
        verdict.setClassName("upload-verdict");
        verdict.setInnerText("Uploading " + Api.fileName(file) + "…");
        Dom.setData(verdict, "result", "pending");
        Api.uploadDataset(file, this::uploaded);
    }

    private void uploaded(int status, String body) {
        if (!Api.ok(status)) {
            verdict.setClassName("upload-verdict refused");
            verdict.setInnerText(Api.detail(status, body));
            Dom.setData(verdict, "result", "refused");
            PointsPlot.draw(preview, null);
            preview.setHidden(true);
            return;
        }
        JSObject json = Json.parse(body);
        String id = Json.string(json, "id");
        verdict.setClassName("upload-verdict stored");
        verdict.setInnerText("Stored: " + describe(json));
        Dom.setData(verdict, "result", "stored");
        Dom.setData(verdict, "id", id);
        boolean regression = "regression".equals(Json.string(json, "problem"));
        datasets.load(id, new DatasetStore.Loaded() {
            @Override
            public void loaded(String loadedId, DataPoints points) {
                PointsPlot.draw(preview, points);
                preview.setHidden(false);
            }

            @Override
            public void failed(String failedId, String problem) {
                preview.setHidden(true);
            }
        });
        refreshList();
        choose(id, regression);
    }

    /** "name, 200 rows, classification (2 classes: cat, dog)" or "…, regression". */
    private static String describe(JSObject dataset) {
        StringBuilder text = new StringBuilder(Json.string(dataset, "name"));
        text.append(", ").append(Json.string(dataset, "rows")).append(" rows, ").append(Json.string(dataset, "problem"));
        int names = Json.length(dataset, "classNames");
        if (names > 0) {
            text.append(" (").append(names).append(" classes: ");
            for (int i = 0; i < names; i++) {
                text.append(i > 0 ? ", " : "").append(Json.stringAt(dataset, "classNames", i));
            }
            text.append(')');
        }
        return text.toString();
    }

    @JSBody(params = {"input", "done"}, script = "input.addEventListener('change', () => {"
            + " const chosen = input.files && input.files[0]; if (chosen) { done(chosen); } input.value = ''; });")
    private static native void onFile(HTMLInputElement input, FileReceiver done);

    /** Dropping a file anywhere on {@code zone} uploads it; the zone is marked while a file is dragged over it. */
    @JSBody(params = {"zone", "done"}, script = "zone.addEventListener('dragover', event => {"
            + " if (event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files')) {"
            + " event.preventDefault(); event.dataTransfer.dropEffect = 'copy'; zone.classList.add('drop-target'); } });"
            + " zone.addEventListener('dragleave', event => { if (event.target === zone) { zone.classList.remove('drop-target'); } });"
            + " zone.addEventListener('drop', event => { zone.classList.remove('drop-target');"
            + " const dropped = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];"
            + " if (dropped) { event.preventDefault(); done(dropped); } });")
    private static native void onDrop(HTMLElement zone, FileReceiver done);

    @JSFunctor
    interface FileReceiver extends JSObject {
        void receive(JSObject file);
    }
}
