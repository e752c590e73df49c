package backprop.ui;

import org.teavm.jso.JSBody;

/**
 * The top bar's "More" disclosure: the optimizer, its parameters, the loss, the
 * initial weights and the speed sit in a row below the bar that opens on demand.
 * Whether it is open belongs to this visit only, never to the address. Written as
 * one small script: it needs nothing of the playground, and the default page's code
 * has a size budget.
 */
final class MoreSettings {
    private MoreSettings() {
    }

    @JSBody(script = "const button = document.getElementById('more'), panel = document.getElementById('more-panel');"
            + " button.addEventListener('click', () => { const open = panel.hidden; panel.hidden = !open;"
            + " button.setAttribute('aria-expanded', String(open)); });")
    static native void bind();
}
