package backprop.ui.remote;

import backprop.engine.state.DecodeResult;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.WeightsSnapshot;
import backprop.ui.base.Dom;
import backprop.ui.base.Notice;
import backprop.ui.base.Playground;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Opens a share link, {@code /p/<id>}: the page first starts as usual (defaults or the
 * hash), then fetches {@code /api/presets/<id>} and applies its state — unless the
 * address already had a hash, whose settings win. When the preset carries weights and the
 * state in play is exactly the preset's, the network takes them and stays paused,
 * labelled as a shared trained network. {@code #status[data-shared]} says
 * {@code loading}, {@code loaded} or {@code failed} (boot.js waits for it before
 * {@code window.playground.ready} resolves).
 */
public final class SharedLink {
    private static final String PREFIX = "/p/";

    private final Playground controller;
    private final Notice notice;
    private final HTMLElement label = Dom.byId("shared-label");
    private final HTMLElement status = Dom.byId("status");

    private SharedLink(Playground controller, Notice notice) {
        this.controller = controller;
        this.notice = notice;
    }

    /** Starts loading the shared preset when the page's path is a share link; {@code hashGiven}: the address had a state. */
    public static void openIfShared(Playground controller, Notice notice, boolean hashGiven) {
        String path = pathname();
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return;
        }
        new SharedLink(controller, notice).load(path.substring(PREFIX.length()), hashGiven);
    }

    private void load(String id, boolean hashGiven) {
        Dom.setData(status, "shared", "loading");
        label.setInnerText("Loading shared network…");
        label.setHidden(false);
        Api.get("/api/presets/" + Api.encode(id), (code, body) -> arrived(code, body, hashGiven));
    }

    private void arrived(int code, String body, boolean hashGiven) {
        if (!Api.ok(code)) {
            label.setHidden(true);
            notice.showServerProblem("This share link could not be opened: " + Api.detail(code, body));
            Dom.setData(status, "shared", "failed");
            return;
        }
        JSObject json = Json.parse(body);
        String title = Json.string(json, "title");
        String weights = Json.string(json, "weights");
        DecodeResult decoded = PresetCodec.decode(Json.string(json, "state"));
        if (!hashGiven) {
            controller.applyState(Json.string(json, "state"));
        }
        controller.whenDataReady(() -> finish(decoded.preset, title, weights));
    }

    private void finish(Preset shared, String title, String weights) {
        String name = title.isEmpty() ? "untitled" : title;
        boolean same = shared.equals(controller.preset());
        if (weights.isEmpty()) {
            label.setInnerText("Shared link: " + name);
        } else if (!same) {
            label.setInnerText("Shared link: " + name + " (its trained weights are not loaded: the address holds other settings)");
        } else {
            String problem = loadWeights(weights);
            label.setInnerText(problem == null ? "Shared trained network: " + name
                    : "Shared link: " + name + " (its trained weights could not be loaded: " + problem + ")");
        }
        Dom.setData(label, "weights", String.valueOf(!weights.isEmpty() && same));
        Dom.setData(status, "shared", "loaded");
    }

    @JSBody(script = "return location.pathname;")
    private static native String pathname();

    /** Loads the link's trained weights into the network and pauses; null when they loaded, else why not. */
    private String loadWeights(String text) {
        controller.pause();
        try {
            WeightsSnapshot.importInto(controller.experiment().network(), text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        controller.experiment().network().changed();
        controller.history().clear();
        controller.recordHistory();
        controller.redraw();
        return null;
    }
}
