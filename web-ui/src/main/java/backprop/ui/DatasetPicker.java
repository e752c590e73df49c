package backprop.ui;

import backprop.engine.DataPoints;
import backprop.engine.Dataset;
import backprop.engine.Preset;
import backprop.engine.Problem;
import backprop.engine.Rng;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/** The dataset buttons, each with a thumbnail of its points; shows the datasets of the current problem. */
final class DatasetPicker {
    private static final int THUMB = 64;

    private final HTMLElement container;
    private final Controller controller;
    private Problem shownProblem;
    private Dataset[] shown = new Dataset[0];
    private HTMLElement[] buttons = new HTMLElement[0];

    DatasetPicker(HTMLElement container, Controller controller) {
        this.container = container;
        this.controller = controller;
    }

    void show(Preset preset) {
        if (preset.problem != shownProblem) {
            build(preset.problem);
        }
        Dataset active = preset.activeDataset();
        for (int i = 0; i < shown.length; i++) {
            buttons[i].setAttribute("aria-checked", String.valueOf(shown[i] == active && preset.datasetId.isEmpty()));
        }
    }

    private void build(Problem problem) {
        shownProblem = problem;
        container.setInnerText("");
        shown = Dataset.forProblem(problem);
        buttons = new HTMLElement[shown.length];
        for (int i = 0; i < shown.length; i++) {
            Dataset dataset = shown[i];
            HTMLElement button = Dom.create("button", "dataset");
            button.setAttribute("type", "button");
            button.setAttribute("role", "radio");
            button.setAttribute("id", "dataset-" + dataset.id());
            button.setAttribute("data-dataset", dataset.id());
            button.setAttribute("aria-label", dataset.label());
            button.setAttribute("title", dataset.label());
            HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.create("canvas", null);
            canvas.setWidth(THUMB);
            canvas.setHeight(THUMB);
            canvas.setAttribute("aria-hidden", "true");
            drawThumbnail(Dom.context(canvas), dataset);
            button.appendChild(canvas);
            button.addEventListener("click", event -> controller.change(p -> {
                p.datasetId = "";
                if (dataset.problem() == Problem.REGRESSION) {
                    p.regDataset = dataset;
                } else {
                    p.dataset = dataset;
                }
            }, Effect.NEW_DATA));
            container.appendChild(button);
            buttons[i] = button;
        }
    }

    private static void drawThumbnail(CanvasRenderingContext2D context, Dataset dataset) {
        context.setFillStyle("#f3f3f3");
        context.fillRect(0, 0, THUMB, THUMB);
        DataPoints points = dataset.generate(200, 0, Rng.fromSeed("thumbnail"));
        double scale = THUMB / (2 * Dataset.DOMAIN);
        for (int i = 0; i < points.size(); i++) {
            double label = points.label[i];
            context.setFillStyle(points.classes >= 3 ? Palette.classColour((int) label)
                    : Palette.colourOf(points.classes == 0 ? label : label));
            context.fillRect((points.x[i] + Dataset.DOMAIN) * scale - 1, (Dataset.DOMAIN - points.y[i]) * scale - 1, 2.2, 2.2);
        }
    }
}
