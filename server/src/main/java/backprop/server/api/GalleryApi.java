package backprop.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/gallery}: the curated presets. Each opens as {@code url} ({@code /#<state>}),
 * so a gallery link is an ordinary share state and needs no storage.
 */
public final class GalleryApi implements Api {

    public record Item(String id, String title, String description, String state, String url) {
    }

    public record Items(List<Item> presets) {
    }

    private final Items items;

    public GalleryApi(Gallery gallery) {
        this.items = new Items(gallery.entries().stream()
                .map(e -> new Item(e.id(), e.title(), e.description(), e.state(), "/#" + e.state()))
                .toList());
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        Routes.getAndHead(routes, "/api/gallery", this::list);
    }

    private void list(Context ctx) {
        ctx.json(items);
    }
}
