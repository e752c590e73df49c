package backprop.ui.remote;

import backprop.engine.state.Preset;
import backprop.ui.base.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Keeps the two ways out of the current state up to date: the Share panel's {@code <iframe>} snippet
 * for {@code /embed} (with its Copy button), and the embed's "Open in the full playground" link.
 * Both change only when the state does.
 */
public final class EmbedLinks {
    private final HTMLInputElement snippet = (HTMLInputElement) Dom.byId("share-embed");
    private final HTMLElement open = Dom.byId("embed-open");
    private String shown = "";

    public EmbedLinks() {
        HTMLElement copy = Dom.byId("share-embed-copy");
        copy.addEventListener("click", event -> SharePanel.copyLink(snippet, copy, Dom.byId("share-copied")));
    }

    /** Shows {@code state}, the encoding of {@code preset}. */
    public void draw(Preset preset, String state) {
        if (state.equals(shown)) {
            return;
        }
        shown = state;
        snippet.setValue(EmbedSnippet.iframe(origin(), state));
        Dom.setAttribute(open, "href", "/#" + EmbedSnippet.fullPlaygroundState(preset));
    }

    @JSBody(script = "return location.origin;")
    private static native String origin();
}
