package backprop.ui.plot;

import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The two texts a canvas driven by keyboard gets next to it: a live region that says what is
 * focused (read out by screen readers, visually hidden), and the keys' hint, shown while the
 * canvas has the focus.
 */
public final class KeysText {
    private KeysText() {
    }

    /**
     * Tells whether a canvas's focus came from the keyboard: a press of the mouse (or a touch)
     * focuses it too, and then the keyboard's marker stays away until a key is pressed.
     */
    public static final class FocusOrigin {
        private boolean pressed;

        public FocusOrigin(HTMLElement canvas) {
            canvas.addEventListener("mousedown", event -> pressed = true);
            canvas.addEventListener("mouseup", event -> pressed = false);
            canvas.addEventListener("blur", event -> pressed = false);
        }

        /** Whether the focus that just arrived came from the keyboard (or a script), not a press. */
        public boolean keyboard() {
            return !pressed;
        }
    }

    /** A polite live region {@code id} placed after {@code canvas}. */
    public static HTMLElement liveRegion(HTMLElement canvas, String id) {
        HTMLElement region = Dom.create("p", "keys-said");
        region.setAttribute("id", id);
        region.setAttribute("aria-live", "polite");
        canvas.getParentNode().insertBefore(region, canvas.getNextSibling());
        return region;
    }

    /** A hint {@code id} after {@code canvas}, hidden until the canvas has the focus. */
    public static HTMLElement hint(HTMLElement canvas, String id, String text) {
        HTMLElement hint = Dom.create("p", "hint keys-hint");
        hint.setAttribute("id", id);
        Dom.setText(hint, text);
        Dom.setHidden(hint, true);
        canvas.getParentNode().insertBefore(hint, canvas.getNextSibling());
        return hint;
    }
}
