package backprop.ui.digits;

import backprop.engine.data.DigitTask;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The output probabilities as bars, one row per class (for "Is it a 5?": P(5) and 1 − P(5)),
 * the most probable marked. Each row carries {@code data-class} and {@code data-p}; the container is
 * a list (role="list" in the page) of one item per class, so screen readers read "5 92.3 %".
 */
final class OutputBarsView {
    private final HTMLElement container;
    private DigitTask built;
    private HTMLElement[] rows = new HTMLElement[0];
    private HTMLElement[] fills = new HTMLElement[0];
    private HTMLElement[] values = new HTMLElement[0];

    OutputBarsView(HTMLElement container) {
        this.container = container;
    }

    void clear() {
        container.setInnerText("");
        built = null;
    }

    void draw(DigitTask task, double[] outputs) {
        if (task != built) {
            build(task);
        }
        int classes = task.classes();
        int best = task.predictedClass(outputs);
        for (int c = 0; c < classes; c++) {
            double p = task == DigitTask.IS_FIVE ? (c == 1 ? outputs[0] : 1 - outputs[0]) : outputs[c];
            Dom.setStyle(fills[c], "width", Format.fixed(100 * p, 1) + "%");
            values[c].setInnerText(Format.fixed(100 * p, 1) + " %");
            Dom.setData(rows[c], "p", Double.toString(p));
            Dom.setClass(rows[c], "best", c == best);
        }
    }

    private void build(DigitTask task) {
        built = task;
        container.setInnerText("");
        int classes = task.classes();
        rows = new HTMLElement[classes];
        fills = new HTMLElement[classes];
        values = new HTMLElement[classes];
        // "Is it a 5?" lists "5" first: the network's one output is P(5).
        for (int i = 0; i < classes; i++) {
            int c = task == DigitTask.IS_FIVE ? 1 - i : i;
            HTMLElement row = Dom.create("div", "bar-row");
            Dom.setData(row, "class", Integer.toString(c));
            row.setAttribute("role", "listitem");
            HTMLElement label = Dom.create("span", "bar-label");
            label.setInnerText(task.className(c));
            HTMLElement track = Dom.create("span", "bar-track");
            HTMLElement fill = Dom.create("span", "bar-fill");
            track.appendChild(fill);
            HTMLElement value = Dom.create("span", "bar-value");
            row.appendChild(label);
            row.appendChild(track);
            row.appendChild(value);
            container.appendChild(row);
            rows[c] = row;
            fills[c] = fill;
            values[c] = value;
        }
    }
}
