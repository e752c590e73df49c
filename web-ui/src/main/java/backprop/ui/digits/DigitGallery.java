package backprop.ui.digits;

import backprop.engine.data.DigitTask;
import backprop.engine.digits.DigitsExperiment;
import backprop.engine.data.Examples;
import backprop.ui.base.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A gallery of test digits as the network sees them: the current mistakes (label → prediction),
 * or the digits of the confusion-matrix cell picked. Clicking one shows it in the network view.
 * {@code data-count} (shown), {@code data-total} (in the set) and {@code data-indices} (test
 * example numbers) describe it for tests.
 */
final class DigitGallery {
    static final int MAX = 48;
    private static final double IMAGE = 42;
    private static final double CAPTION = 14;
    private static final double GAP = 6;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLElement title;
    private final DigitAtlas atlas = new DigitAtlas();
    private int[] shown = new int[0];
    private int columns = 1;

    DigitGallery(HTMLCanvasElement canvas, HTMLElement title, Listener listener) {
        this.canvas = canvas;
        this.context = Dom.context(canvas);
        this.title = title;
        canvas.addEventListener("click", event -> {
            MouseEvent mouse = (MouseEvent) event;
            double scale = canvas.getWidth() / Math.max(1.0, canvas.getClientWidth());
            int col = (int) (mouse.getOffsetX() * scale / (IMAGE + GAP));
            int row = (int) (mouse.getOffsetY() * scale / (IMAGE + CAPTION + GAP));
            int i = row * columns + col;
            if (col < columns && i >= 0 && i < shown.length) {
                listener.chosen(shown[i]);
            }
        });
    }

    void draw(DigitsExperiment experiment, int actual, int predicted) {
        DigitTask task = experiment.task();
        int total;
        if (actual >= 0) {
            int[] all = experiment.testExamplesIn(actual, predicted);
            total = all.length;
            shown = new int[Math.min(MAX, all.length)];
            System.arraycopy(all, 0, shown, 0, shown.length);
            title.setInnerText("Test digits that are " + name(task, actual) + ", predicted " + name(task, predicted)
                    + ": " + total + (total > MAX ? " (the first " + MAX + ")" : ""));
        } else {
            int[] predictions = experiment.testPredictions();
            total = 0;
            for (int k = 0; k < predictions.length; k++) {
                total += predictions[k] != experiment.testClass(k) ? 1 : 0;
            }
            shown = experiment.testMistakes(MAX);
            title.setInnerText("Current mistakes: " + total + " of " + predictions.length + " test digits"
                    + (total > MAX ? " (the first " + MAX + ")" : ""));
        }
        int[] predictions = experiment.testPredictions();
        double width = canvas.getWidth();
        columns = Math.max(1, (int) ((width + GAP) / (IMAGE + GAP)));
        int rows = (shown.length + columns - 1) / columns;
        int height = (int) Math.max(IMAGE + CAPTION, rows * (IMAGE + CAPTION + GAP));
        if (canvas.getHeight() != height) {
            canvas.setHeight(height);
        }
        context.clearRect(0, 0, width, height);
        int side = experiment.side();
        Examples test = experiment.trainer().testExamples();
        atlas.ensure(side, MAX);
        for (int i = 0; i < shown.length; i++) {
            atlas.grey(i, test.inputs, shown[i] * test.inputWidth);
        }
        atlas.flush();
        context.setFont("11px system-ui, sans-serif");
        context.setTextAlign("center");
        context.setTextBaseline("alphabetic");
        for (int i = 0; i < shown.length; i++) {
            int k = shown[i];
            double x = (i % columns) * (IMAGE + GAP);
            double y = (i / columns) * (IMAGE + CAPTION + GAP);
            atlas.draw(context, i, x, y, IMAGE);
            context.setStrokeStyle("#dddddd");
            context.strokeRect(x + 0.5, y + 0.5, IMAGE - 1, IMAGE - 1);
            int label = experiment.digits().label(experiment.split().testDigit(k));
            boolean right = predictions[k] == experiment.testClass(k);
            context.setFillStyle(right ? "#2c7a2c" : "#b3261e");
            context.fillText(label + "→" + (task == DigitTask.IS_FIVE ? (predictions[k] == 1 ? "5" : "not 5")
                    : Integer.toString(predictions[k])), x + IMAGE / 2, y + IMAGE + CAPTION - 2);
        }
        StringBuilder indices = new StringBuilder();
        for (int i = 0; i < shown.length; i++) {
            indices.append(i == 0 ? "" : ",").append(shown[i]);
        }
        Dom.setData(canvas, "count", Integer.toString(shown.length));
        Dom.setData(canvas, "total", Integer.toString(total));
        Dom.setData(canvas, "indices", indices.toString());
    }

    private static String name(DigitTask task, int c) {
        return task == DigitTask.IS_FIVE ? (c == 1 ? "a 5" : "not a 5") : "a " + c;
    }

    interface Listener {
        void chosen(int testExample);
    }
}
