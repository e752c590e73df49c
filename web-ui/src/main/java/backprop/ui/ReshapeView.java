package backprop.ui;

import backprop.engine.train.LossHistory;
import backprop.ui.base.Dom;
import backprop.ui.plot.EpochAxis;
import backprop.ui.plot.LossChart;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the live changes of the network show: a marker on the loss chart per
 * change (a vertical line at its epoch with a short label, drawn over the
 * {@link LossChart} on its epoch axis; changes too close to tell apart are
 * merged into one marker, see {@link MarkerGroups}, and listed by
 * {@link MarkerTip} on hover or tap), the note under the layer editor, the
 * undo button's state, and {@code data-markers} on #status.
 */
final class ReshapeView {
    private static final String COLOUR = "#c25e00";
    private static final int LABEL_CHARS = 22;
    /** Rows of marker labels under the top edge; a label that fits in none is not drawn. */
    private static final int LABEL_ROWS = 3;

    private final LossChart chart;
    private final CanvasRenderingContext2D context;
    private final MarkerTip tip;
    private final HTMLElement status = Dom.byId("status");
    private final HTMLElement note = Dom.byId("reshape-note");
    private final HTMLElement undo = Dom.byId("undo");
    private int shownMarkers = -1;
    private String shownNote = "";
    private int shownUndo = -1;

    ReshapeView(LossChart chart) {
        this.chart = chart;
        this.context = Dom.context(chart.canvas());
        this.tip = new MarkerTip(chart.canvas());
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
        EpochAxis axis = chart.axis();
        if (history.size() == 0 || axis == null) {
            tip.show(null);
            return;
        }
        MarkerGroups groups = new MarkerGroups(markers, axis, history.epoch(0));
        tip.show(groups);
        if (groups.size() == 0) {
            return;
        }
        double top = chart.plotTop();
        double bottom = chart.plotBottom();
        context.setStrokeStyle(COLOUR);
        context.setFillStyle(COLOUR);
        context.setLineWidth(1);
        context.setFont("9px system-ui, sans-serif");
        context.setTextBaseline("top");
        double[] rowEnds = new double[LABEL_ROWS];
        for (int r = 0; r < LABEL_ROWS; r++) {
            rowEnds[r] = -1e9;
        }
        for (int g = 0; g < groups.size(); g++) {
            double x = Math.floor(groups.x(g)) + 0.5;
            boolean merged = groups.count(g) > 1;
            context.beginPath();
            context.moveTo(x, top);
            context.lineTo(x, bottom);
            context.stroke();
            context.beginPath();
            context.moveTo(x - (merged ? 4 : 3), top);
            context.lineTo(x + (merged ? 4 : 3), top);
            context.lineTo(x, top + (merged ? 6 : 4));
            context.closePath();
            context.fill();
            String label = abbreviate(groups.label(g));
            double width = label.length() * 5;
            boolean right = x + 4 + width < axis.right();
            double from = right ? x + 3 : x - 3 - width;
            int row = 0;
            while (row < LABEL_ROWS && rowEnds[row] > from - 2) {
                row++;
            }
            if (row < LABEL_ROWS) { // no room in any row: the label is left out, the tooltip still has it
                rowEnds[row] = from + width;
                context.setTextAlign(right ? "left" : "right");
                context.fillText(label, right ? x + 3 : x - 3, top + 7 + row * 10);
            }
        }
    }

    private static String abbreviate(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }
}
