package backprop.server.api;

import backprop.server.store.ContentId;
import backprop.server.store.ShareLinkStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Short share links. {@code POST /api/presets} stores a checked, canonical state (with an
 * optional title and weights snapshot) under its content id; {@code GET /api/presets/{id}}
 * returns it; {@code GET /p/{id}} is the link a person opens: the page itself, which reads the
 * id from its path and fetches the stored state. (The API calls the resource {@code presets}: a
 * share link is a stored preset, the state the page is in.)
 */
public final class ShareLinksApi implements Api {

    /** The body of {@code POST /api/presets}. */
    public record ShareRequest(String state, String title, String weights) {
    }

    /** {@code url} is a path on this server ({@code /p/<id>}); the page puts its own origin in front. */
    public record Shared(String id, String url) {
    }

    /** {@code weights} is null when the preset was shared without them; {@code created} is ISO-8601 UTC. */
    public record PresetView(String id, String url, String title, String state, String weights, String created) {
    }

    private final ShareLinkStore store;
    private final ShareLinkRules rules;
    /** The page ({@code index.html}), read on each request as the static files are. */
    private final Supplier<byte[]> indexHtml;
    private final UploadGate uploads;

    public ShareLinksApi(ShareLinkStore store, ShareLinkRules rules, Supplier<byte[]> indexHtml, UploadGate uploads) {
        this.store = store;
        this.uploads = uploads;
        this.rules = rules;
        this.indexHtml = indexHtml;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.post("/api/presets", this::share);
        Routes.getAndHead(routes, "/api/presets/{id}", this::get);
        Routes.getAndHead(routes, "/p/{id}", this::page);
    }

    private void share(Context ctx) throws SQLException {
        ShareRequest r = RequestBody.json(ctx, uploads, ShareRequest.class, ShareLinkRules.MAX_BODY_BYTES, "a preset");
        ShareLinkRules.Canonical p = rules.check(r.state(), r.title(), r.weights());
        ShareLinkStore.Saved saved = Clients.limited(ctx,
                client -> store.save(client, p.id(), p.state(), p.title(), p.weights()));
        ctx.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", "/api/presets/" + saved.id())
                .json(new Shared(saved.id(), link(saved.id())));
    }

    private void get(Context ctx) throws SQLException {
        ShareLinkStore.StoredLink p = find(ctx.pathParam("id"));
        ctx.json(new PresetView(p.id(), link(p.id()), p.title(), p.state(), p.weights(), p.created().toString()));
    }

    /** The page for a known id (it fetches the preset itself); a 404 with the page or JSON otherwise. */
    private void page(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        boolean known = ContentId.looksLikeId(id) && store.find(id).isPresent();
        if (!known && !Clients.wantsHtml(ctx)) {
            throw notFound(id);
        }
        ctx.status(known ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache")
                .result(indexHtml.get());
    }

    private ShareLinkStore.StoredLink find(String id) throws SQLException {
        if (!ContentId.looksLikeId(id)) {
            throw notFound(id);
        }
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundResponse notFound(String id) {
        return new NotFoundResponse("No shared preset has the id '" + Clients.preview(id)
                + "'; check that the link was copied completely");
    }

    static String link(String id) {
        return "/p/" + id;
    }
}
