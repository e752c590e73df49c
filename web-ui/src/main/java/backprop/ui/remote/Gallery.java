package backprop.ui.remote;

import backprop.engine.data.DataPoints;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.Experiment;
import backprop.engine.nn.Rng;
import backprop.ui.base.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The curated presets the server ships ({@code GET /api/gallery}), as cards: a thumbnail
 * of the preset's data, its title and description, and a plain link to its hash. Opening
 * one is following the link; the page's hashchange handler applies it live, and its lesson
 * text stays in the {@link LessonBox} until dismissed. The same entries make the
 * {@link StartStrip} at the top of the page.
 */
public final class Gallery {
    private static final int THUMB = 96;

    private final HTMLElement cards = Dom.byId("gallery-cards");
    private final HTMLElement strip = Dom.byId("start-presets");

    public Gallery() {
        LessonBox.bind();
        StartStrip.bind();
        Api.get("/api/gallery", this::arrived);
    }

    private void arrived(int status, String body) {
        cards.setInnerText("");
        if (!Api.ok(status)) {
            HTMLElement line = Dom.create("p", "hint");
            line.setInnerText("The gallery could not be loaded: " + Api.detail(status, body));
            cards.appendChild(line);
            return;
        }
        JSObject json = Json.parse(body);
        int n = Json.length(json, "presets");
        for (int i = 0; i < n; i++) {
            JSObject preset = Json.at(json, "presets", i);
            cards.appendChild(card(preset));
            strip.appendChild(StartStrip.link(Json.string(preset, "title"), href(Json.string(preset, "url")),
                    Json.string(preset, "id"), Json.string(preset, "description")));
        }
        Dom.setData(cards, "count", Integer.toString(n));
    }

    private static HTMLElement card(JSObject preset) {
        HTMLElement link = Dom.create("a", "gallery-card");
        link.setAttribute("href", href(Json.string(preset, "url")));
        Dom.setData(link, "preset-id", Json.string(preset, "id"));
        LessonBox.mark(link, Json.string(preset, "title"), Json.string(preset, "description"));
        link.appendChild(PointsPlot.canvas(points(Json.string(preset, "state")), THUMB));
        HTMLElement text = Dom.create("span", "gallery-text");
        HTMLElement title = Dom.create("strong", "gallery-title");
        title.setInnerText(Json.string(preset, "title"));
        HTMLElement description = Dom.create("span", "gallery-description");
        description.setInnerText(Json.string(preset, "description"));
        text.appendChild(title);
        text.appendChild(description);
        link.appendChild(text);
        return link;
    }

    /** A hash link on the page's own address (keeping ?engine=…) opens live, without a reload. */
    static String href(String url) {
        return url.startsWith("/#") && "/".equals(pathname()) ? search() + url.substring(1) : url;
    }

    @JSBody(script = "return location.pathname;")
    private static native String pathname();

    @JSBody(script = "return location.search;")
    private static native String search();

    /** The preset's data exactly as {@code Experiment.create} generates it (null for an uploaded dataset). */
    private static DataPoints points(String state) {
        Preset preset = PresetCodec.decode(state).preset;
        if (!preset.datasetId.isEmpty()) {
            return null;
        }
        return Experiment.points(preset, Rng.fromSeed(preset.seed + "|data"));
    }
}
