package backprop.ui.plot;

import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * A different look of the network diagram while something is shown on it (the step-through's
 * {@code ExplainOverlay}): each link's colour, width and opacity, and what is drawn over the
 * neurons. The diagram draws through this, so it does not need to know the step-through.
 */
public interface NetworkOverlay {
    /** The colour of link (k, from i, to o) with weight w. */
    String colour(int k, int i, int o, double w);

    double width(int k, int i, int o, double w);

    double alpha(int k, int i, int o, double w);

    /** Draws over the neurons, once the diagram has drawn them. */
    void drawNodes(CanvasRenderingContext2D context, NetworkLayout layout);
}
