package backprop.ui.plot;

import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * How the diagram marks a neuron dropout dropped: faded, crossed out. The playground's diagram
 * marks those of the last training step; the step-through those of the example it explains.
 */
public final class DropMark {
    private DropMark() {
    }

    /** Fades and crosses out the node of side {@code node} at (x, y). */
    public static void draw(CanvasRenderingContext2D context, double x, double y, double node) {
        context.setFillStyle("rgba(255,255,255,0.7)");
        context.fillRect(x, y, node, node);
        context.setStrokeStyle("#c0392b");
        context.setLineWidth(2);
        context.beginPath();
        context.moveTo(x + 3, y + 3);
        context.lineTo(x + node - 3, y + node - 3);
        context.moveTo(x + node - 3, y + 3);
        context.lineTo(x + 3, y + node - 3);
        context.stroke();
    }
}
