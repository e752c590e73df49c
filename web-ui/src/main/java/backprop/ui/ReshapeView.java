package backprop.ui;

import backprop.engine.train.LossHistory;
import backprop.ui.base.Dom;
import backprop.ui.plot.LossChart;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the live changes of the network show: a marker on the loss chart per
 * change (a vertical line at its epoch with a short label, drawn over the
 * {@link LossChart} on the same scale), the note under the layer editor, the
 * undo button's state, and {@code data-markers} on #status.
 */
final class ReshapeView {
    private static final String COLOUR = "#c25e00";
    private static final int LABEL_CHARS = 22;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLElement status = Dom.byId("status");
    private final HTMLElement note = Dom.byId("reshape-note");
    private final HTMLElement undo = Dom.byId("undo");
    private int shownMarkers = -1;
    private String shownNote = "";
    private int shownUndo = -1;

    ReshapeView(HTMLCanvasElement lossChart) {
        this.canvas = lossChart;
        this.context = Dom.context(lossChart);
    }

    /** Call right after {@link LossChart#draw} with the same history. */
    void draw(LiveReshape reshape, LossHistory history) {
        ChangeMarkers markers = reshape.markers();
        drawMarkers(markers, history);
        if (markers.size() != shownMarkers) {
            shownMarkers = markers.size();
            Dom.setData(status, "markers", Integer.toString(shownMarkers));
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < markers.size(); i++) {
                list.append(i == 0 ? "" : "; ").append(markers.label(i)).append(" @").append(markers.epoch(i));
            }
            Dom.setData(status, "marker-labels", list.toString());
        }
        if (!reshape.note().equals(shownNote)) {
            shownNote = reshape.note();
            note.setInnerText(shownNote);
            note.setHidden(shownNote.isEmpty());
        }
        int canUndo = reshape.canUndo() ? 1 : 0;
        if (canUndo != shownUndo) {
            shownUndo = canUndo;
            if (canUndo == 1) {
                undo.removeAttribute("disabled");
            } else {
                undo.setAttribute("disabled", "");
            }
        }
    }

    private void drawMarkers(ChangeMarkers markers, LossHistory history) {
        int n = history.size();
        if (n == 0 || markers.size() == 0) {
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        int first = history.epoch(0);
        int last = Math.max(history.epoch(n - 1), first + 1);
        double plotW = w - LossChart.PAD_LEFT - LossChart.PAD_RIGHT;
        double top = LossChart.PAD_TOP;
        double bottom = h - LossChart.PAD_BOTTOM;
        context.setStrokeStyle(COLOUR);
        context.setFillStyle(COLOUR);
        context.setLineWidth(1);
        context.setFont("9px system-ui, sans-serif");
        context.setTextBaseline("top");
        for (int i = 0; i < markers.size(); i++) {
            int epoch = markers.epoch(i);
            if (epoch < first) {
                continue;
            }
            double fx = Math.min(1, (epoch - first) / (double) (last - first));
            double x = Math.floor(LossChart.PAD_LEFT + fx * plotW) + 0.5;
            context.beginPath();
            context.moveTo(x, top);
            context.lineTo(x, bottom);
            context.stroke();
            context.beginPath();
            context.moveTo(x - 3, top);
            context.lineTo(x + 3, top);
            context.lineTo(x, top + 4);
            context.closePath();
            context.fill();
            String label = abbreviate(markers.label(i));
            double y = top + 5 + (i % 3) * 10;
            boolean right = x + 4 + label.length() * 5 < w - LossChart.PAD_RIGHT;
            context.setTextAlign(right ? "left" : "right");
            context.fillText(label, right ? x + 3 : x - 3, y);
        }
    }

    private static String abbreviate(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }
}
