package backprop.ui.lessons;

import backprop.ui.base.Dom;
import backprop.ui.base.Palette;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The lessons' 2-2-1 network drawn small: inputs x₁, x₂, hidden neurons h₁, h₂, the output o; a
 * line per weight (blue positive, orange negative, thicker for larger |w|) labelled with what the
 * chapter shows on it, and each neuron's name, value and a note beneath. Neurons are numbered
 * x₁ x₂ h₁ h₂ o (0..4), links in the order of the lesson's weights: w₁₁ w₁₂ w₂₁ w₂₂ v₁ v₂.
 * The chapter gives the same numbers as text next to it (the canvas is one picture for screen readers).
 */
final class NetworkSketch {
    private static final double WIDTH = 380;
    private static final double HEIGHT = 200;
    private static final double RADIUS = 23;
    private static final double[] X = {42, 42, 190, 190, 336};
    private static final double[] Y = {58, 148, 58, 148, 103};
    /** Source and destination neuron of each link. */
    static final int[] FROM = {0, 1, 0, 1, 2, 3};
    static final int[] TO = {2, 2, 3, 3, 4, 4};
    /** Where along each link its label sits (0: source, 1: destination), apart where lines cross. */
    private static final double[] LABEL_AT = {0.5, 0.3, 0.3, 0.5, 0.5, 0.5};
    private static final double[] LABEL_DY = {-8, 0, 0, 16, -6, 16};

    private final HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.create("canvas", "lesson-sketch");
    private final CanvasRenderingContext2D g = Dom.context(canvas);

    NetworkSketch(String id) {
        canvas.setAttribute("id", id);
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "The network");
    }

    HTMLCanvasElement element() {
        return canvas;
    }

    /**
     * Draws the network: {@code weights} set each line's colour and width, {@code linkLabels} its
     * text (null: none), {@code values} the text in each neuron, {@code notes} the text below it;
     * link {@code highlight} (or none, −1) is marked. {@code description} is what a screen reader says.
     */
    void draw(double[] weights, String[] linkLabels, String[] values, String[] notes, int highlight,
            String description) {
        Dom.setAttribute(canvas, "aria-label", description);
        LessonCanvas.fit(canvas, g, WIDTH, HEIGHT);
        for (int k = 0; k < FROM.length; k++) {
            link(k, weights[k], k == highlight);
        }
        g.setTextAlign("center");
        for (int k = 0; k < FROM.length; k++) {
            if (linkLabels[k] != null) {
                label(k, linkLabels[k], k == highlight);
            }
        }
        String[] names = {"x\u2081", "x\u2082", "h\u2081", "h\u2082", "o"};
        for (int n = 0; n < X.length; n++) {
            neuron(n, names[n], values[n], notes[n]);
        }
    }

    private void link(int k, double weight, boolean marked) {
        if (marked) {
            g.setStrokeStyle("#222");
            g.setLineWidth(Math.min(4, Math.abs(weight)) * 1.3 + 5);
            line(k);
        }
        g.setStrokeStyle(weight < 0 ? Palette.NEGATIVE : Palette.POSITIVE);
        g.setLineWidth(Math.min(4, Math.abs(weight)) * 1.3 + 1);
        line(k);
    }

    private void line(int k) {
        g.beginPath();
        g.moveTo(X[FROM[k]] + RADIUS, Y[FROM[k]]);
        g.lineTo(X[TO[k]] - RADIUS, Y[TO[k]]);
        g.stroke();
    }

    private void label(int k, String text, boolean marked) {
        double t = LABEL_AT[k];
        double x = X[FROM[k]] + RADIUS + (X[TO[k]] - X[FROM[k]] - 2 * RADIUS) * t;
        double y = Y[FROM[k]] + (Y[TO[k]] - Y[FROM[k]]) * t + LABEL_DY[k];
        g.setFont((marked ? "bold " : "") + "12px system-ui, sans-serif");
        double width = g.measureText(text).getWidth() + 8;
        g.setFillStyle(marked ? "#fff3c4" : "rgba(255,255,255,0.9)");
        g.fillRect(x - width / 2, y - 11, width, 15);
        g.setFillStyle("#222");
        g.fillText(text, x, y);
    }

    private void neuron(int n, String name, String value, String note) {
        g.beginPath();
        g.arc(X[n], Y[n], RADIUS, 0, 2 * Math.PI);
        g.setFillStyle("#fff");
        g.fill();
        g.setLineWidth(1.5);
        g.setStrokeStyle("#555");
        g.stroke();
        g.setFillStyle("#222");
        g.setFont("11px system-ui, sans-serif");
        g.fillText(name, X[n], Y[n] - 7);
        g.setFont("bold 12px system-ui, sans-serif");
        g.fillText(value == null ? "" : value, X[n], Y[n] + 9);
        if (note != null) {
            g.setFont("11px system-ui, sans-serif");
            g.setFillStyle("#444");
            g.fillText(note, X[n], Y[n] + RADIUS + 13);
        }
    }
}
