package backprop.ui;

import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The small tooltip over the loss chart that lists the changes behind a marker ("epoch 312:
 * +1 neuron, layer 2"): it follows the mouse over a marker, and a click or tap pins it until the
 * next click away from the markers. Test hooks on the canvas: {@code data-marker-xs} (the
 * columns the markers are drawn at) and {@code data-marker-counts} (changes per marker).
 */
final class MarkerTip {
    /** How far from a marker (CSS pixels) the pointer still shows it. */
    private static final double REACH = 6;

    private final HTMLCanvasElement canvas;
    private final HTMLElement tip = Dom.byId("marker-tip");
    private MarkerGroups groups;
    /** The change (index in {@link ChangeMarkers}) whose marker the tip is for; negative while hidden. */
    private int pointed = -1;
    private boolean pinned;
    private String shownText = "";
    private String shownHooks = "";

    MarkerTip(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        EventListener<MouseEvent> listener = this::handle;
        canvas.addEventListener("mousemove", listener);
        canvas.addEventListener("mouseleave", listener);
        canvas.addEventListener("click", listener);
    }

    /** Hover shows the tip of the marker under the pointer; a click (or tap) pins it, or unpins it away from markers. */
    private void handle(MouseEvent event) {
        boolean click = "click".equals(event.getType());
        if (pinned && !click) {
            return;
        }
        if ("mouseleave".equals(event.getType())) {
            pointed = -1;
            refresh();
            return;
        }
        point(event.getOffsetX());
        pinned = click && pointed >= 0;
    }

    /** Each drawing of the chart hands over its markers (null: none drawn). */
    void show(MarkerGroups drawn) {
        this.groups = drawn;
        StringBuilder xs = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (int g = 0; drawn != null && g < drawn.size(); g++) {
            xs.append(g == 0 ? "" : ",").append((int) Math.floor(drawn.x(g)));
            counts.append(g == 0 ? "" : ",").append(drawn.count(g));
        }
        String hooks = xs + "|" + counts;
        if (!hooks.equals(shownHooks)) {
            shownHooks = hooks;
            Dom.setData(canvas, "marker-xs", xs.toString());
            Dom.setData(canvas, "marker-counts", counts.toString());
        }
        refresh();
    }

    private double scale() {
        return canvas.getWidth() / Math.max(1.0, canvas.getClientWidth());
    }

    private void point(double cssX) {
        double x = cssX * scale();
        int g = groups == null ? -1 : groups.near(x, REACH * scale());
        pointed = g < 0 ? -1 : groups.marker(g, 0);
        refresh();
    }

    private void refresh() {
        int g = pointed < 0 || groups == null ? -1 : groups.groupOf(pointed);
        String text = g < 0 ? "" : groups.details(g);
        if (g < 0) {
            pinned = false;
        }
        if (text.equals(shownText)) {
            return;
        }
        shownText = text;
        tip.setInnerText(text);
        tip.setHidden(text.isEmpty());
        if (g >= 0) {
            double cssX = groups.x(g) / scale();
            boolean leftSide = cssX > canvas.getClientWidth() / 2.0;
            Dom.setStyle(tip, "left", leftSide ? "auto" : Format.px(cssX + 6));
            Dom.setStyle(tip, "right", leftSide ? Format.px(canvas.getClientWidth() - cssX + 6) : "auto");
        }
    }
}
