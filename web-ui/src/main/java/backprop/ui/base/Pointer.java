package backprop.ui.base;

/**
 * What the pointer is on in the network diagram: the part hovered (and where, for the
 * tooltip) and the part selected by a click or tap. The controller decides what a click
 * means; this keeps the answer.
 */
public final class Pointer {
    private Target hovered;
    private double x;
    private double y;
    private Target selected;

    public Target hovered() {
        return hovered;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public Target selected() {
        return selected;
    }

    /** Moves the hover to {@code target} at (x, y); false when nothing changed (nothing hovered before or now). */
    public boolean hover(Target target, double atX, double atY) {
        if (target == null && hovered == null) {
            return false;
        }
        hovered = target;
        x = atX;
        y = atY;
        return true;
    }

    /** A click: {@code target} becomes the selection, or clicking it again clears it (unless it can be edited, when {@code keepEditable}). */
    public void select(Target target, boolean keepEditable) {
        selected = target != null && target.same(selected) && !(keepEditable && target.editable()) ? null : target;
    }

    /** After the network changed shape or was rebuilt: the old targets may not exist any more. */
    public void clear() {
        hovered = null;
        selected = null;
    }

    /** The hidden neuron the output plot shows (hovered first, else selected), or null for the output. */
    public Target shownNeuron(int depth) {
        if (hovered != null && hovered.kind == Target.Kind.NEURON && hovered.layer < depth) {
            return hovered;
        }
        if (selected != null && selected.kind == Target.Kind.NEURON && selected.layer < depth) {
            return selected;
        }
        return null;
    }
}
