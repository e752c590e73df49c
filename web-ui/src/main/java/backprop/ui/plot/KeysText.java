package backprop.ui.plot;

import backprop.ui.base.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The two texts a canvas driven by keyboard gets next to it: a live region that says what is
 * focused (read out by screen readers, visually hidden), and the keys' hint, shown while the
 * canvas has the focus.
 */
public final class KeysText {
    private KeysText() {
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

    /** Whether {@code element} has the focus from the keyboard (not from a click): CSS {@code :focus-visible}. */
    @JSBody(params = "element", script = "return element.matches(':focus-visible');")
    public static native boolean focusVisible(HTMLElement element);
}
