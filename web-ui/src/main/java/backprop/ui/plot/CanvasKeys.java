package backprop.ui.plot;

import backprop.ui.base.Dom;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What a canvas driven by keyboard shares: it takes the focus (Tab); next to it, a live region
 * says what is focused (read out by screen readers, visually hidden) and the keys' hint shows
 * while the keyboard is in use. A press of the mouse (or a touch) focuses the canvas too; then
 * the keyboard's marker stays away until one of the canvas's keys is pressed. One listener
 * serves every event, which keeps the page's code small.
 */
public abstract class CanvasKeys {
    protected final HTMLElement canvas;
    protected final HTMLElement said;
    private final HTMLElement hint;
    /** Whether the keyboard is in use on the canvas (its marker shows). */
    protected boolean active;
    private boolean pressed;

    protected CanvasKeys(HTMLElement canvas, String id, String help) {
        this.canvas = canvas;
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-description", help);
        said = Dom.create("p", "keys-said");
        said.setAttribute("id", id + "-focus");
        said.setAttribute("aria-live", "polite");
        hint = Dom.create("p", "hint keys-hint");
        hint.setAttribute("id", id + "-keys-hint");
        Dom.setText(hint, help);
        Dom.setHidden(hint, true);
        canvas.getParentNode().insertBefore(hint, canvas.getNextSibling());
        canvas.getParentNode().insertBefore(said, canvas.getNextSibling());
        EventListener<Event> listener = this::handle;
        String[] types = {"keydown", "focus", "blur", "mousedown", "mouseup"};
        for (String type : types) {
            canvas.addEventListener(type, listener);
        }
    }

    private void handle(Event event) {
        String type = event.getType();
        if ("keydown".equals(type)) {
            KeyboardEvent key = (KeyboardEvent) event;
            if (!key.isCtrlKey() && !key.isMetaKey() && !key.isAltKey() && key(key.getKey())) {
                event.preventDefault();
                event.stopPropagation();
            }
        } else if ("focus".equals(type)) {
            if (!pressed) {
                begin();
            }
        } else if ("blur".equals(type)) {
            pressed = false;
            Dom.setHidden(hint, true);
            if (active) {
                active = false;
                leave();
            }
        } else {
            pressed = "mousedown".equals(type);
        }
    }

    /** The keyboard takes over: the marker and the hint show, and the focused thing is said. */
    protected void begin() {
        active = true;
        Dom.setHidden(hint, false);
        show();
    }

    /** Answers a key (Ctrl, Alt and Meta chords are the page's); true when the key was the canvas's. */
    protected abstract boolean key(String name);

    /** Marks, hovers and says the focused thing. */
    protected abstract void show();

    /** The canvas lost the focus while the keyboard was in use: take the marker away. */
    protected abstract void leave();
}
