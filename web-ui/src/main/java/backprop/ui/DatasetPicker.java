package backprop.ui;

import backprop.engine.data.DataPoints;
import backprop.engine.data.Dataset;
import backprop.engine.state.Preset;
import backprop.engine.data.Problem;
import backprop.engine.nn.Rng;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Palette;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The dataset buttons, each with a thumbnail of its points; shows the datasets of the current problem.
 * They are one radio group with a roving tab stop: Tab reaches the chosen tile, the arrow keys move the
 * focus between tiles (without choosing, so no new data on every key), Enter or Space chooses.
 */
final class DatasetPicker {
    private static final int THUMB = 64;

    private final HTMLElement container;
    private final Controller controller;
    private Problem shownProblem;
    private Dataset[] shown = new Dataset[0];
    private HTMLElement[] buttons = new HTMLElement[0];
    private HTMLElement digitsButton;

    DatasetPicker(HTMLElement container, Controller controller) {
        this.container = container;
        this.controller = controller;
        moveFocusWithArrows(container);
    }

    void show(Preset preset) {
        if (preset.problem != shownProblem) {
            digitsButton = null;
            build(preset.problem);
        }
        Dataset active = preset.digits != null ? null : preset.activeDataset();
        for (int i = 0; i < shown.length; i++) {
            buttons[i].setAttribute("aria-checked", String.valueOf(shown[i] == active && preset.datasetId.isEmpty()));
        }
        if (digitsButton != null) {
            digitsButton.setAttribute("aria-checked", String.valueOf(preset.digits != null));
        }
        placeTabStop(container);
    }

    /** The group's one tab stop is the chosen tile (the first when none is), unless the focus is in the group. */
    @JSBody(params = "group", script = "if (group.contains(document.activeElement)) return;"
            + " const tiles = [...group.children]; const chosen = tiles.find(t => t.getAttribute('aria-checked') === 'true')"
            + " || tiles[0]; tiles.forEach(t => t.tabIndex = t === chosen ? 0 : -1);")
    private static native void placeTabStop(HTMLElement group);

    /** Arrow keys move the focus and the tab stop to the previous or next tile, wrapping round; they stop there. */
    @JSBody(params = "group", script = "group.addEventListener('keydown', e => {"
            + " const d = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key]; if (!d) return;"
            + " e.preventDefault(); e.stopPropagation(); const tiles = [...group.children];"
            + " const next = tiles[(tiles.indexOf(e.target) + d + tiles.length) % tiles.length];"
            + " tiles.forEach(t => t.tabIndex = t === next ? 0 : -1); next.focus(); });")
    private static native void moveFocusWithArrows(HTMLElement group);

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
        if (problem == Problem.CLASSIFICATION) {
            addDigitsButton();
        }
    }

    /** Handwritten digits, a mode of its own (see {@link backprop.ui.digits.DigitsMode}). */
    private void addDigitsButton() {
        HTMLElement button = Dom.create("button", "dataset");
        button.setAttribute("type", "button");
        button.setAttribute("role", "radio");
        button.setAttribute("id", "dataset-digits");
        button.setAttribute("aria-label", "Handwritten digits (MNIST)");
        button.setAttribute("title", "Handwritten digits (MNIST)");
        HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.create("canvas", null);
        canvas.setWidth(THUMB);
        canvas.setHeight(THUMB);
        canvas.setAttribute("aria-hidden", "true");
        CanvasRenderingContext2D context = Dom.context(canvas);
        context.setFillStyle("#f3f3f3");
        context.fillRect(0, 0, THUMB, THUMB);
        context.setFillStyle("#222222");
        context.setFont("italic 44px Georgia, serif");
        context.setTextAlign("center");
        context.setTextBaseline("middle");
        context.fillText("5", THUMB / 2.0, THUMB / 2.0 + 2);
        button.appendChild(canvas);
        button.addEventListener("click", event -> controller.change(
                p -> p.digits = backprop.engine.data.DigitTask.WHICH_DIGIT, Effect.VIEW));
        container.appendChild(button);
        digitsButton = button;
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
