package backprop.ui.remote;

import backprop.engine.state.PresetCodec;
import backprop.engine.train.WeightsSnapshot;
import backprop.ui.base.Dom;
import backprop.ui.base.Playground;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The Share button and its panel: saves the current state (and, when ticked, the trained
 * weights) as a short link with {@code POST /api/presets}, then shows the link to copy.
 * The server's refusal is shown as it words it. Esc closes the panel and gives the focus back
 * to the Share button; "Copy" answers "Copied ✓" for a moment, and says so to screen readers
 * (small scripts: they need nothing of the playground, and the default page's code has a size budget).
 */
public final class SharePanel {
    static final int MAX_TITLE = 120;

    private final Playground controller;
    private final HTMLElement button = Dom.byId("share");
    private final HTMLElement panel = Dom.byId("share-panel");
    private final HTMLInputElement title = (HTMLInputElement) Dom.byId("share-title");
    private final HTMLInputElement weights = (HTMLInputElement) Dom.byId("share-weights");
    private final HTMLElement create = Dom.byId("share-create");
    private final HTMLInputElement link = (HTMLInputElement) Dom.byId("share-link");
    private final HTMLElement copy = Dom.byId("share-copy");
    private final HTMLElement error = Dom.byId("share-error");
    private final HTMLElement result = Dom.byId("share-result");

    public SharePanel(Playground controller) {
        this.controller = controller;
        title.setAttribute("maxlength", Integer.toString(MAX_TITLE));
        button.addEventListener("click", event -> toggle());
        Dom.byId("share-close").addEventListener("click", event -> toggle());
        create.addEventListener("click", event -> save());
        copy.addEventListener("click", event -> copyLink(link, copy, Dom.byId("share-copied")));
        closeOnEscape(panel, button);
    }

    /** Esc anywhere closes the open panel (as its Close button does) and gives the focus back to the Share button. */
    @JSBody(params = {"panel", "button"}, script = "document.addEventListener('keydown', e => {"
            + " if (e.key === 'Escape' && !panel.hidden) { e.preventDefault();"
            + " document.getElementById('share-close').click(); button.focus(); } });")
    private static native void closeOnEscape(HTMLElement panel, HTMLElement button);

    private void toggle() {
        boolean open = panel.isHidden();
        panel.setHidden(!open);
        button.setAttribute("aria-expanded", String.valueOf(open));
        if (open) {
            result.setHidden(true);
            error.setInnerText("");
            title.focus();
        }
    }

    private void save() {
        String text = title.getValue().trim();
        if (text.length() > MAX_TITLE) {
            text = text.substring(0, MAX_TITLE);
        }
        create.setAttribute("disabled", "");
        error.setInnerText("");
        result.setHidden(true);
        Dom.setData(panel, "saving", "true");
        Api.savePreset(PresetCodec.encode(controller.preset()), text,
                weights.isChecked() ? WeightsSnapshot.export(controller.experiment().network()) : "", this::saved);
    }

    private void saved(int status, String body) {
        create.removeAttribute("disabled");
        Dom.setData(panel, "saving", "false");
        if (!Api.ok(status)) {
            error.setInnerText("The link could not be made: " + Api.detail(status, body));
            return;
        }
        JSObject json = Json.parse(body);
        link.setValue(origin() + Json.string(json, "url"));
        Dom.setData(panel, "id", Json.string(json, "id"));
        result.setHidden(false);
        link.select();
    }

    @JSBody(script = "return location.origin;")
    private static native String origin();

    /**
     * Copies the link; where the clipboard API is refused, the selected text is copied the old way.
     * The button says "Copied ✓" for two seconds, and the status line says it to screen readers.
     */
    @JSBody(params = {"input", "button", "status"}, script = "input.select();"
            + " const copyOld = () => { try { document.execCommand('copy'); } catch (ignored) { } };"
            + " if (navigator.clipboard) { navigator.clipboard.writeText(input.value).catch(copyOld); } else { copyOld(); }"
            + " button.textContent = 'Copied ✓'; status.textContent = 'The link is copied to the clipboard.';"
            + " clearTimeout(button.copiedTimer); button.copiedTimer = setTimeout(() => {"
            + " button.textContent = 'Copy'; status.textContent = ''; }, 2000);")
    static native void copyLink(HTMLInputElement input, HTMLElement button, HTMLElement status);
}
