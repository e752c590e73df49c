package backprop.ui.digits;

import backprop.engine.data.DigitTask;
import backprop.engine.digits.DigitsExperiment;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The confusion matrix of the last test pass: a row per actual class, a column per predicted
 * class, each cell the count of test digits (green on the diagonal, red off it, stronger for a
 * larger share of the row). Cells carry {@code data-actual}, {@code data-predicted},
 * {@code data-count}; clicking one lists its digits in the gallery.
 */
final class ConfusionMatrixView {
    private final HTMLElement table;
    private final CellListener listener;
    private DigitTask built;
    private HTMLElement[][] cells = new HTMLElement[0][];

    ConfusionMatrixView(HTMLElement table, CellListener listener) {
        this.table = table;
        this.listener = listener;
    }

    void draw(DigitsExperiment experiment, int selectedActual, int selectedPredicted) {
        DigitTask task = experiment.task();
        if (task != built) {
            build(task);
        }
        int[][] counts = experiment.confusionMatrix();
        int classes = counts.length;
        for (int a = 0; a < classes; a++) {
            int row = 0;
            for (int p = 0; p < classes; p++) {
                row += counts[a][p];
            }
            for (int p = 0; p < classes; p++) {
                HTMLElement cell = cells[a][p];
                int n = counts[a][p];
                cell.setInnerText(n == 0 ? "" : Integer.toString(n));
                Dom.setData(cell, "count", Integer.toString(n));
                double share = row == 0 ? 0 : (double) n / row;
                double strength = a == p ? share : Math.min(1, 4 * share);
                Dom.setStyle(cell, "background-color", a == p
                        ? "rgba(44, 160, 44, " + Format.fixed(0.08 + 0.6 * strength, 3) + ")"
                        : n == 0 ? "transparent" : "rgba(214, 39, 40, " + Format.fixed(0.1 + 0.6 * strength, 3) + ")");
                Dom.setClass(cell, "selected", a == selectedActual && p == selectedPredicted);
            }
        }
    }

    private void build(DigitTask task) {
        built = task;
        table.setInnerText("");
        int classes = task.classes();
        cells = new HTMLElement[classes][classes];
        HTMLElement head = Dom.create("tr", null);
        HTMLElement corner = Dom.create("th", "corner");
        corner.setInnerText("actual ╲ predicted");
        head.appendChild(corner);
        for (int p = 0; p < classes; p++) {
            HTMLElement th = Dom.create("th", null);
            th.setAttribute("scope", "col");
            th.setInnerText(task.className(p));
            head.appendChild(th);
        }
        table.appendChild(head);
        for (int a = 0; a < classes; a++) {
            HTMLElement tr = Dom.create("tr", null);
            HTMLElement th = Dom.create("th", null);
            th.setAttribute("scope", "row");
            th.setInnerText(task.className(a));
            tr.appendChild(th);
            for (int p = 0; p < classes; p++) {
                HTMLElement td = Dom.create("td", "cell");
                Dom.setData(td, "actual", Integer.toString(a));
                Dom.setData(td, "predicted", Integer.toString(p));
                td.setAttribute("title", "Actual " + task.className(a) + ", predicted " + task.className(p));
                int actual = a;
                int predicted = p;
                td.addEventListener("click", event -> listener.selected(actual, predicted));
                tr.appendChild(td);
                cells[a][p] = td;
            }
            table.appendChild(tr);
        }
    }

    interface CellListener {
        void selected(int actual, int predicted);
    }
}
